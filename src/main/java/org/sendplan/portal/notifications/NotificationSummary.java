package org.sendplan.portal.notifications;

import java.time.Instant;
import java.util.UUID;

/** One of a person's notifications as the centre lists it. */
public record NotificationSummary(
        UUID id, NotificationType type, String summary, String link, Instant createdAt, boolean read) {}
