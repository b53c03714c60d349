package org.sendplan.portal.notifications.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import org.sendplan.portal.common.TenantAddress;
import org.sendplan.portal.notifications.NotificationType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes and sends notification e-mail: plain text plus HTML in which every summary is escaped, and an
 * unsubscribe link in the body and in the List-Unsubscribe headers (RFC 8058 one-click). Mail is off
 * unless spring.mail.host is set, because only then does Spring Boot provide a mail sender.
 */
@Component
public class NotificationMail {

    public static final int MAX_ITEMS = 50;

    private final ObjectProvider<JavaMailSender> sender;
    private final UnsubscribeTokens tokens;
    private final String baseUrl;
    private final String from;

    NotificationMail(
            ObjectProvider<JavaMailSender> sender,
            UnsubscribeTokens tokens,
            @Value("${portal.notifications.base-url:http://localhost:8080}") String baseUrl,
            @Value("${portal.notifications.from:SEND Plan Portal <no-reply@localhost>}") String from) {
        this.sender = sender;
        this.tokens = tokens;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.from = from;
    }

    public boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    /** One e-mail to one person; the unsubscribe link switches off the first item's type (or, from its page, all). */
    public MimeMessage write(MailTo to, String subject, List<MailItem> items, int more, LocalDate today) {
        NotificationType type = items.getFirst().type();
        String token = tokens.issue(new UnsubscribeTokens.Claim(to.tenantId(), to.personId(), type), today);
        String unsubscribe = baseUrl + "/unsubscribe?token=" + token;
        String oneClick = baseUrl + "/mail/unsubscribe?token=" + token;
        String settings = baseUrl + TenantAddress.of(to.tenantSlug(), "notifications/settings");
        try {
            MimeMessage message = sender.getObject().createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to.address());
            helper.setSubject(subject);
            helper.setText(
                    plain(items, more, settings, unsubscribe, type), html(items, more, settings, unsubscribe, type));
            message.setHeader("List-Unsubscribe", "<" + oneClick + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            return message;
        } catch (MessagingException e) {
            throw new MailSendException("Could not write a notification e-mail", e);
        }
    }

    public void send(List<MimeMessage> messages) {
        if (!messages.isEmpty()) {
            sender.getObject().send(messages.toArray(MimeMessage[]::new));
        }
    }

    private String plain(List<MailItem> items, int more, String settings, String unsubscribe, NotificationType type) {
        StringBuilder text = new StringBuilder();
        for (MailItem item : items) {
            text.append("- ")
                    .append(item.summary())
                    .append("\n  ")
                    .append(baseUrl)
                    .append(item.link())
                    .append("\n\n");
        }
        if (more > 0) {
            text.append("… and ").append(more).append(" more in the portal.\n\n");
        }
        return text.append("Choose which e-mail you get: ")
                .append(settings)
                .append('\n')
                .append("Stop e-mail about \"")
                .append(type.label())
                .append("\": ")
                .append(unsubscribe)
                .append('\n')
                .toString();
    }

    private String html(List<MailItem> items, int more, String settings, String unsubscribe, NotificationType type) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><body><ul>");
        for (MailItem item : items) {
            html.append("<li><a href=\"")
                    .append(HtmlUtils.htmlEscape(baseUrl + item.link()))
                    .append("\">")
                    .append(HtmlUtils.htmlEscape(item.summary()))
                    .append("</a></li>");
        }
        html.append("</ul>");
        if (more > 0) {
            html.append("<p>… and ").append(more).append(" more in the portal.</p>");
        }
        return html.append("<p><a href=\"")
                .append(HtmlUtils.htmlEscape(settings))
                .append("\">Choose which e-mail you get</a> · <a href=\"")
                .append(HtmlUtils.htmlEscape(unsubscribe))
                .append("\">Stop e-mail about “")
                .append(HtmlUtils.htmlEscape(type.label()))
                .append("”</a></p></body></html>")
                .toString();
    }
}
