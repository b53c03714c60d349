package org.sendplan.portal.notifications;

import java.util.Set;
import java.util.UUID;

/**
 * One thing to tell one or more people in the current tenant.
 *
 * @param recipients account ids of the people to tell
 * @param summary    a short plain-text line such as "Sam replied to your comment on Action 3"; shown as text, never as HTML
 * @param link       the portal path of the thing, such as "/t/warwickshire/plans/…"
 * @param subjectKey when set, each recipient is told of this type and key once only, however often it is asked
 */
public record NotificationRequest(
        Set<UUID> recipients, NotificationType type, String summary, String link, String subjectKey) {

    public static final int MAX_SUMMARY = 300;

    public NotificationRequest {
        recipients = Set.copyOf(recipients);
        if (type == null || summary == null || summary.isBlank() || link == null || !link.startsWith("/")) {
            throw new IllegalArgumentException("A notification needs a type, a summary and a portal path");
        }
        summary = summary.strip();
        if (summary.length() > MAX_SUMMARY) {
            summary = summary.substring(0, MAX_SUMMARY - 1) + "…";
        }
    }

    public static NotificationRequest of(Set<UUID> recipients, NotificationType type, String summary, String link) {
        return new NotificationRequest(recipients, type, summary, link, null);
    }

    public NotificationRequest once(String key) {
        return new NotificationRequest(recipients, type, summary, link, key);
    }
}
