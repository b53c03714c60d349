package org.sendplan.portal.comments;

import java.time.Instant;
import java.util.UUID;

/** One line of the moderation log. */
public record ModerationEntry(
        Instant actedAt, String moderatorName, String action, String personName, UUID commentId, String reason) {}
