package org.sendplan.portal.comments;

import java.util.UUID;

/**
 * What a comment is about: a kind that one module answers for ("plan", "action", "kpi", "resource-proposal") and the
 * id of the record in that module. The comments module never looks inside the record itself.
 */
public record CommentTarget(String kind, UUID id) {

    public CommentTarget {
        if (kind == null || !kind.matches("[a-z][a-z-]{0,39}")) {
            throw new IllegalArgumentException("A target kind is lower-case words joined by hyphens: " + kind);
        }
        if (id == null) {
            throw new IllegalArgumentException("A target needs an id");
        }
    }
}
