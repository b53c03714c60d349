package org.sendplan.portal.notifications.internal;

import org.sendplan.portal.notifications.NotificationType;

/** One line of an e-mail: what happened and where to see it. */
public record MailItem(NotificationType type, String summary, String link) {}
