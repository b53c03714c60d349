package org.sendplan.portal.comments;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Implemented by the module that records what comments led to ("you said, we did"), so a thread can show
 * "What happened to this" without the comments module knowing about plans or participation.
 */
public interface CommentOutcomes {

    /** The outcomes of those comments the current person may read, oldest first; comments with none are left out. */
    Map<UUID, List<CommentOutcome>> outcomes(Collection<UUID> commentIds);

    /** Whether the current person may link comments to the change they led to. */
    boolean mayLink();
}
