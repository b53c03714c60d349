package org.sendplan.portal.notifications.internal;

import java.util.UUID;

/** Whom an e-mail goes to, and the tenant its links and unsubscribe token belong to. */
public record MailTo(UUID tenantId, String tenantSlug, UUID personId, String address) {}
