package org.sendplan.portal.comments;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Finds the module that answers for a target kind, and asks it about the target for the current person. */
@Component
class CommentTargetRegistry {

    private final List<CommentTargets> modules;

    CommentTargetRegistry(List<CommentTargets> modules) {
        this.modules = modules;
    }

    Optional<TargetDescription> describe(CommentTarget target) {
        return modules.stream()
                .filter(m -> m.kinds().contains(target.kind()))
                .findFirst()
                .flatMap(module -> module.describe(target));
    }

    /** The target, refused when the current person may not read it: nobody comments on what they cannot see. */
    TargetDescription readable(CommentTarget target) {
        return describe(target).orElseThrow(() -> new AccessDeniedException("You may not read or comment on this"));
    }
}
