package org.sendplan.portal.notifications;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sendplan.portal.identity.AccountService;
import org.sendplan.portal.notifications.internal.MailItem;
import org.sendplan.portal.notifications.internal.MailTo;
import org.sendplan.portal.notifications.internal.NotificationMail;
import org.sendplan.portal.tenancy.TenantService;
import org.sendplan.portal.tenancy.TenantSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/** E-mail for those who chose "at once"; a failure is logged, never passed to the action that caused it. */
@Component
class ImmediateMail {

    private static final Logger log = LoggerFactory.getLogger(ImmediateMail.class);

    private final NotificationMail mail;
    private final AccountService accounts;
    private final TenantService tenants;

    ImmediateMail(NotificationMail mail, AccountService accounts, TenantService tenants) {
        this.mail = mail;
        this.accounts = accounts;
        this.tenants = tenants;
    }

    boolean enabled() {
        return mail.enabled();
    }

    void send(UUID tenantId, Set<UUID> recipients, NotificationRequest request, LocalDate today) {
        try {
            String slug = tenants.find(tenantId).map(TenantSummary::slug).orElseThrow();
            Map<UUID, String> addresses = accounts.mailAddresses(recipients);
            List<MailItem> items = List.of(new MailItem(request.type(), request.summary(), request.link()));
            List<MimeMessage> messages = addresses.entrySet().stream()
                    .map(to -> mail.write(
                            new MailTo(tenantId, slug, to.getKey(), to.getValue()), subject(request), items, 0, today))
                    .toList();
            mail.send(messages);
        } catch (MailException e) {
            log.warn("Could not send {} notification e-mail to {} people", request.type(), recipients.size(), e);
        }
    }

    private static String subject(NotificationRequest request) {
        String summary = request.summary();
        return "SEND Plan Portal: " + (summary.length() > 120 ? summary.substring(0, 119) + "…" : summary);
    }
}
