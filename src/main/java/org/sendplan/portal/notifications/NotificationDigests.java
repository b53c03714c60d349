package org.sendplan.portal.notifications;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sendplan.portal.common.PortalTime;
import org.sendplan.portal.identity.AccountService;
import org.sendplan.portal.notifications.internal.MailItem;
import org.sendplan.portal.notifications.internal.MailTo;
import org.sendplan.portal.notifications.internal.NotificationMail;
import org.sendplan.portal.notifications.internal.StoredNotifications;
import org.sendplan.portal.notifications.internal.StoredNotifications.PendingItem;
import org.sendplan.portal.tenancy.TenantContext;
import org.sendplan.portal.tenancy.TenantScope;
import org.sendplan.portal.tenancy.TenantService;
import org.sendplan.portal.tenancy.TenantSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: per tenant, in that tenant's scope, one query finds every waiting notification grouped
 * by recipient, the e-mail goes in batches, and each recipient's digest day is recorded so another run on
 * the same day sends nothing. The number of statements per tenant does not grow with its members.
 */
@Service
public class NotificationDigests {

    public static final int BATCH = 100;

    private static final Logger log = LoggerFactory.getLogger(NotificationDigests.class);

    private final StoredNotifications stored;
    private final NotificationMail mail;
    private final AccountService accounts;
    private final TenantService tenants;
    private final TransactionTemplate transaction;
    private final Clock clock;

    NotificationDigests(
            StoredNotifications stored,
            NotificationMail mail,
            AccountService accounts,
            TenantService tenants,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.stored = stored;
        this.mail = mail;
        this.accounts = accounts;
        this.tenants = tenants;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Every active tenant in turn, each in its own scope; one tenant's failure does not stop the others. */
    @Scheduled(cron = "${portal.notifications.digest-cron:0 0 7 * * *}", zone = "Europe/London")
    public void sendDigests() {
        if (!mail.enabled()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(PortalTime.LONDON));
        for (TenantSummary tenant : tenants.activeTenants()) {
            try {
                sendDigests(tenant, today);
            } catch (RuntimeException e) {
                log.error("Digest for tenant {} failed", tenant.slug(), e);
            }
        }
    }

    /** Sends the tenant's digests for the day; returns how many people got one. */
    public int sendDigests(TenantSummary tenant, LocalDate today) {
        if (!mail.enabled()) {
            return 0;
        }
        return TenantContext.callAs(TenantScope.ofTenant(tenant.id()), () -> {
            Map<UUID, List<PendingItem>> byRecipient =
                    transaction.execute(status -> stored.pendingForDigest(tenant.id(), today)).stream()
                            .collect(Collectors.groupingBy(
                                    PendingItem::getRecipientId, LinkedHashMap::new, Collectors.toList()));
            if (byRecipient.isEmpty()) {
                return 0;
            }
            Map<UUID, String> addresses = accounts.mailAddresses(byRecipient.keySet());
            List<UUID> sentTo = new ArrayList<>();
            List<UUID> recipients =
                    byRecipient.keySet().stream().filter(addresses::containsKey).toList();
            for (int from = 0; from < recipients.size(); from += BATCH) {
                List<UUID> batch = recipients.subList(from, Math.min(from + BATCH, recipients.size()));
                try {
                    mail.send(batch.stream()
                            .map(person ->
                                    digest(tenant, person, addresses.get(person), byRecipient.get(person), today))
                            .toList());
                    sentTo.addAll(batch);
                } catch (MailException e) {
                    log.warn(
                            "A batch of {} digests for tenant {} failed; they go with the next run",
                            batch.size(),
                            tenant.slug(),
                            e);
                }
            }
            if (!sentTo.isEmpty()) {
                String items = sentTo.stream()
                        .flatMap(person -> byRecipient.get(person).stream())
                        .map(item -> item.getId().toString())
                        .collect(Collectors.joining(","));
                String people = sentTo.stream().map(UUID::toString).collect(Collectors.joining(","));
                transaction.executeWithoutResult(status -> {
                    stored.markEmailed(items);
                    stored.recordDigests(tenant.id(), people, today);
                });
            }
            return sentTo.size();
        });
    }

    private MimeMessage digest(
            TenantSummary tenant, UUID person, String address, List<PendingItem> pending, LocalDate today) {
        List<MailItem> items = pending.stream()
                .limit(NotificationMail.MAX_ITEMS)
                .map(item -> new MailItem(NotificationType.valueOf(item.getType()), item.getSummary(), item.getLink()))
                .toList();
        String subject = "Your daily summary from the SEND Plan Portal: " + pending.size()
                + (pending.size() == 1 ? " update" : " updates");
        return mail.write(
                new MailTo(tenant.id(), tenant.slug(), person, address),
                subject,
                items,
                pending.size() - items.size(),
                today);
    }
}
