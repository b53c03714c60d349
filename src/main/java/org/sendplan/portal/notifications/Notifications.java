package org.sendplan.portal.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sendplan.portal.common.PortalTime;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.notifications.internal.Notification;
import org.sendplan.portal.notifications.internal.NotificationPreference;
import org.sendplan.portal.notifications.internal.NotificationPreferences;
import org.sendplan.portal.notifications.internal.StoredNotifications;
import org.sendplan.portal.tenancy.TenantContext;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells people in the current tenant what happened, and lets each person read and clear their own
 * notifications. Whether an e-mail goes at once, waits for the digest or never goes follows each
 * recipient's choice for the type.
 */
@Service
@Transactional(readOnly = true)
public class Notifications {
    public static final int CENTRE_SIZE = 100;

    private final StoredNotifications stored;
    private final NotificationPreferences preferences;
    private final ImmediateMail immediateMail;
    private final Clock clock;
    private final CurrentUser currentUser;

    Notifications(
            StoredNotifications stored,
            NotificationPreferences preferences,
            ImmediateMail immediateMail,
            Clock clock,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.stored = stored;
        this.preferences = preferences;
        this.immediateMail = immediateMail;
        this.clock = clock;
    }

    /** Records the notification for each recipient in the current tenant; "at once" e-mail goes after the commit. */
    @Transactional
    public void notify(NotificationRequest request) {
        UUID tenantId = TenantContext.currentTenantId()
                .orElseThrow(() -> new IllegalStateException("Notifications are sent within a tenant"));
        Set<UUID> recipients = new HashSet<>(request.recipients());
        if (request.subjectKey() != null && !recipients.isEmpty()) {
            stored.recipientsAlreadyTold(request.type(), request.subjectKey(), recipients)
                    .forEach(recipients::remove);
        }
        if (recipients.isEmpty()) {
            return;
        }
        Map<UUID, Delivery> chosen = preferences.findByTypeAndPeople(request.type(), recipients).stream()
                .collect(Collectors.toMap(NotificationPreference::personId, NotificationPreference::delivery));
        boolean mailOn = immediateMail.enabled();
        Instant now = clock.instant();
        List<Notification> created = recipients.stream()
                .map(recipient -> new Notification(
                        recipient,
                        request.type(),
                        request.summary(),
                        request.link(),
                        request.subjectKey(),
                        now,
                        statusFor(mailOn, chosen.getOrDefault(recipient, Delivery.DEFAULT))))
                .toList();
        stored.saveAll(created);
        Set<UUID> atOnce = created.stream()
                .filter(n -> chosen.get(n.recipientId()) == Delivery.AT_ONCE && mailOn)
                .map(Notification::recipientId)
                .collect(Collectors.toSet());
        if (!atOnce.isEmpty()) {
            LocalDate today = LocalDate.now(clock.withZone(PortalTime.LONDON));
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    immediateMail.send(tenantId, atOnce, request, today);
                }
            });
        }
    }

    @PreAuthorize("isAuthenticated()")
    public List<NotificationSummary> mine() {
        return stored.findByRecipientIdOrderByCreatedAtDesc(me(), Limit.of(CENTRE_SIZE)).stream()
                .map(Notification::toSummary)
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return stored.countByRecipientIdAndReadAtIsNull(me());
    }

    /** Refused for anyone else's notification, which row-level security already hides in another tenant. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public NotificationSummary markRead(UUID id) {
        Notification notification = stored.findById(id)
                .filter(n -> n.recipientId().equals(me()))
                .orElseThrow(() -> new AccessDeniedException("Not your notification"));
        notification.markRead(clock.instant());
        return notification.toSummary();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        return stored.markAllRead(me(), clock.instant());
    }

    private UUID me() {
        return currentUser.requireInTenant().personId();
    }

    private static Notification.EmailStatus statusFor(boolean mailOn, Delivery delivery) {
        if (!mailOn || delivery == Delivery.OFF) {
            return Notification.EmailStatus.NOT_SENT;
        }
        return delivery == Delivery.AT_ONCE ? Notification.EmailStatus.SENT : Notification.EmailStatus.PENDING;
    }
}
