package org.sendplan.portal.comments;

import java.time.Instant;
import java.util.UUID;

/**
 * One comment as the current person may see it. {@code text} is empty when they may not read it (withdrawn,
 * or hidden from someone who is neither its author nor a moderator). {@code mine} and {@code editableUntil}
 * let the screen offer what the service would allow.
 */
public record CommentDetails(
        UUID id,
        CommentTarget target,
        UUID parentId,
        UUID authorId,
        String authorName,
        String text,
        CommentState state,
        String hiddenReason,
        boolean official,
        Instant postedAt,
        Instant editedAt,
        long version,
        boolean mine,
        boolean editable) {

    public boolean isReply() {
        return parentId != null;
    }

    public boolean edited() {
        return editedAt != null;
    }
}
