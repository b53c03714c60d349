package org.sendplan.portal.comments;

import java.util.Optional;
import java.util.Set;

/**
 * Implemented by a module whose records people may comment on. It answers for the person signed in now,
 * in the current tenant, so the comments module needs no knowledge of plans, KPIs or proposals.
 */
public interface CommentTargets {

    /** The target kinds this module answers for. */
    Set<String> kinds();

    /** The target as the current person may see it; empty when it does not exist here or they may not read it. */
    Optional<TargetDescription> describe(CommentTarget target);
}
