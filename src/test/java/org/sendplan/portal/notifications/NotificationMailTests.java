package org.sendplan.portal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.common.PortalTime;
import org.sendplan.portal.tenancy.TenantSummary;

class NotificationMailTests extends MailTest {

    private static final LocalDate TODAY = LocalDate.now(PortalTime.LONDON);

    @Test
    void runningTheDigestTwiceOnOneDaySendsOneEmailPerPerson() {
        TenantSummary tenant = newTenant();
        UUID person = newPerson("digest-once");
        tell(
                tenant,
                NotificationRequest.of(
                        Set.of(person), NotificationType.REPLY, "Sam replied to your comment", "/t/x/plans"));
        tell(
                tenant,
                NotificationRequest.of(Set.of(person), NotificationType.MENTION, "Ali mentioned you", "/t/x/kpis"));

        assertThat(digests.sendDigests(tenant, TODAY)).isEqualTo(1);
        tell(tenant, NotificationRequest.of(Set.of(person), NotificationType.REPLY, "A later reply", "/t/x/plans"));
        assertThat(digests.sendDigests(tenant, TODAY)).isZero();

        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        String body = GreenMailUtil.getBody(SMTP.getReceivedMessages()[0]);
        assertThat(body)
                .contains("Sam replied to your comment", "Ali mentioned you")
                .doesNotContain("A later reply");
        assertThat(digests.sendDigests(tenant, TODAY.plusDays(1))).isEqualTo(1);
    }

    @Test
    void atOnceSendsTheEmailImmediately() throws Exception {
        TenantSummary tenant = newTenant();
        UUID person = adminChooses(tenant, NotificationType.PROPOSAL_RESPONSE, Delivery.AT_ONCE);

        tell(
                tenant,
                NotificationRequest.of(
                        Set.of(person),
                        NotificationType.PROPOSAL_RESPONSE,
                        "The LA responded to your proposal",
                        "/t/x/proposals/1"));

        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(SMTP.getReceivedMessages()[0].getSubject())
                .isEqualTo("SEND Plan Portal: The LA responded to your proposal");
        assertThat(digests.sendDigests(tenant, TODAY))
                .as("nothing left for the digest")
                .isZero();
    }

    @Test
    void offSendsNothing() {
        TenantSummary tenant = newTenant();
        UUID person = adminChooses(tenant, NotificationType.MENTION, Delivery.OFF);

        tell(
                tenant,
                NotificationRequest.of(Set.of(person), NotificationType.MENTION, "Ali mentioned you", "/t/x/kpis"));

        assertThat(digests.sendDigests(tenant, TODAY)).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void theUnsubscribeLinkWorksSignedOutAndSwitchesThatTypeOff() throws Exception {
        TenantSummary tenant = newTenant();
        UUID person = newPerson("unsubscribe");
        tell(
                tenant,
                NotificationRequest.of(
                        Set.of(person), NotificationType.CONSULTATION_OPENED, "A consultation opened", "/t/x/c"));
        digests.sendDigests(tenant, TODAY);
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getHeader("List-Unsubscribe")[0])
                .startsWith("<https://portal.example.org/mail/unsubscribe?token=");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        Matcher link = Pattern.compile("https://portal\\.example\\.org/unsubscribe\\?token=([A-Za-z0-9_.-]+)")
                .matcher(GreenMailUtil.getBody(mail));
        assertThat(link.find()).isTrue();

        signedIn.out();
        assertThat(settings.unsubscribe(link.group(1) + "x", false))
                .as("a changed token does nothing")
                .isEmpty();
        assertThat(settings.unsubscribe(link.group(1), false)).contains(NotificationType.CONSULTATION_OPENED);

        tell(
                tenant,
                NotificationRequest.of(
                        Set.of(person), NotificationType.CONSULTATION_OPENED, "Another opened", "/t/x/c"));
        assertThat(digests.sendDigests(tenant, TODAY.plusDays(1))).isZero();
    }

    @Test
    void htmlMailShowsScriptsAsTextAndPlainTextGoesAlongside() throws Exception {
        TenantSummary tenant = newTenant();
        UUID person = newPerson("escaped");
        tell(
                tenant,
                NotificationRequest.of(
                        Set.of(person), NotificationType.REPLY, "<script>alert('x')</script> replied", "/t/x/p"));
        digests.sendDigests(tenant, TODAY);

        String raw = GreenMailUtil.getWholeMessage(SMTP.getReceivedMessages()[0]);
        assertThat(raw)
                .contains("text/plain", "text/html", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; replied")
                .doesNotContain("<li><a href=\"https://portal.example.org/t/x/p\"><script>");
    }

    @Test
    void aDigestForOneTenantNeverIncludesAnotherTenantsItems() {
        TenantSummary first = newTenant();
        TenantSummary second = newTenant();
        UUID person = newPerson("two-tenants");
        tell(
                first,
                NotificationRequest.of(
                        Set.of(person), NotificationType.REPLY, "News from the first authority", "/t/a/p"));
        tell(
                second,
                NotificationRequest.of(
                        Set.of(person), NotificationType.REPLY, "News from the second authority", "/t/b/p"));

        assertThat(digests.sendDigests(first, TODAY)).isEqualTo(1);

        String body = GreenMailUtil.getBody(SMTP.getReceivedMessages()[0]);
        assertThat(body).contains("News from the first authority").doesNotContain("News from the second authority");
    }

    /** The tenant's administrator, signed in, makes a choice; returns their id. */
    private UUID adminChooses(TenantSummary tenant, NotificationType type, Delivery delivery) {
        UUID admin = signedIn.as(tenant.slug() + ".admin").personId();
        settings.change(type, delivery);
        signedIn.out();
        return admin;
    }
}
