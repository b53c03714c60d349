package org.sendplan.portal.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.tenancy.TenantContext;
import org.sendplan.portal.tenancy.TenantScope;
import org.sendplan.portal.tenancy.TenantService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PortalTest
class NotificationServiceTests {

    @Autowired
    SignedIn signedIn;

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationSettings settings;

    @Autowired
    TenantService tenants;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void aPersonSeesAndMarksOnlyTheirOwnNotifications() {
        UUID officer = signedIn.as("solihull.officer").personId();
        UUID parent = signedIn.as("solihull.parent").personId();
        String marker = UUID.randomUUID().toString();
        tellIn("solihull", officer, "For the officer " + marker);
        tellIn("solihull", parent, "For the parent " + marker);

        signedIn.as("solihull.parent");
        assertThat(notifications.mine())
                .extracting(NotificationSummary::summary)
                .contains("For the parent " + marker)
                .doesNotContain("For the officer " + marker);

        signedIn.as("solihull.officer");
        UUID officersOwn = notifications.mine().stream()
                .filter(n -> n.summary().contains(marker))
                .findFirst()
                .orElseThrow()
                .id();
        signedIn.as("solihull.parent");
        assertThatThrownBy(() -> notifications.markRead(officersOwn)).isInstanceOf(AccessDeniedException.class);
        signedIn.as("solihull.officer");
        assertThat(notifications.mine())
                .filteredOn(n -> n.id().equals(officersOwn))
                .allMatch(n -> !n.read());
    }

    @Test
    void markingReadLowersTheUnreadCountAndMarkAllReadClearsIt() {
        UUID board = signedIn.as("solihull.board").personId();
        long before = notifications.unreadCount();
        tellIn("solihull", board, "One");
        tellIn("solihull", board, "Two");
        signedIn.as("solihull.board");
        assertThat(notifications.unreadCount()).isEqualTo(before + 2);
        notifications.markRead(notifications.mine().getFirst().id());
        assertThat(notifications.unreadCount()).isEqualTo(before + 1);
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void anotherTenantsNotificationsCannotBeReadOrWrittenEvenWithRawSql() {
        UUID consultant = signedIn.as("consultant").personId();
        String marker = "Warwickshire only " + UUID.randomUUID();
        tellIn("warwickshire", consultant, marker);
        UUID warwickshire = tenants.findBySlug("warwickshire").orElseThrow().id();
        UUID solihull = tenants.findBySlug("solihull").orElseThrow().id();

        Integer seenFromSolihull = TenantContext.callAs(
                TenantScope.ofTenant(solihull),
                () -> new TransactionTemplate(transactions)
                        .execute(status -> jdbc.queryForObject(
                                "select count(*) from notification where summary = ?", Integer.class, marker)));
        assertThat(seenFromSolihull).isZero();
        assertThatThrownBy(() -> TenantContext.runAs(
                        TenantScope.ofTenant(solihull),
                        () -> new TransactionTemplate(transactions)
                                .executeWithoutResult(status -> jdbc.update(
                                        "insert into notification (id, tenant_id, recipient_id, type, summary, link,"
                                                + " created_at, email_status) values (?, ?, ?, 'REPLY', 'x', '/', now(), 'NOT_SENT')",
                                        UUID.randomUUID(),
                                        warwickshire,
                                        consultant))))
                .rootCause()
                .hasMessageContaining("row-level security");
        Integer seenFromWarwickshire = TenantContext.callAs(
                TenantScope.ofTenant(warwickshire),
                () -> new TransactionTemplate(transactions)
                        .execute(status -> jdbc.queryForObject(
                                "select count(*) from notification where summary = ?", Integer.class, marker)));
        assertThat(seenFromWarwickshire).isOne();
    }

    @Test
    void aTypeIsToldOnceOnlyWhenTheRequestSaysSo() {
        UUID school = signedIn.as("kingston.school").personId();
        String key = "once-" + UUID.randomUUID();
        NotificationRequest request = NotificationRequest.of(
                        Set.of(school), NotificationType.RETURN_DUE, "Due in 3 days " + key, "/t/kingston")
                .once(key);
        tell("kingston", request);
        tell("kingston", request);
        signedIn.as("kingston.school");
        assertThat(notifications.mine())
                .filteredOn(n -> n.summary().endsWith(key))
                .hasSize(1);
    }

    @Test
    void preferencesArePerPersonAndStartAsTheDailyDigest() {
        signedIn.as("kingston.board");
        assertThat(settings.mine())
                .containsEntry(NotificationType.REPLY, Delivery.DAILY_DIGEST)
                .hasSize(NotificationType.values().length);
        settings.change(NotificationType.REPLY, Delivery.AT_ONCE);
        assertThat(settings.mine()).containsEntry(NotificationType.REPLY, Delivery.AT_ONCE);
        signedIn.as("kingston.parent");
        assertThat(settings.mine()).containsEntry(NotificationType.REPLY, Delivery.DAILY_DIGEST);
    }

    private void tellIn(String tenant, UUID person, String summary) {
        tell(tenant, NotificationRequest.of(Set.of(person), NotificationType.REPLY, summary, "/t/" + tenant));
    }

    private void tell(String tenant, NotificationRequest request) {
        UUID id = tenants.findBySlug(tenant).orElseThrow().id();
        TenantContext.runAs(TenantScope.ofTenant(id), () -> notifications.notify(request));
    }
}
