package org.sendplan.portal.comments;

import java.util.UUID;

/** Published once a new comment or reply is saved, so open threads on the same target can show it. */
public record CommentPosted(UUID tenantId, CommentTarget target, UUID commentId, String authorName) {}
