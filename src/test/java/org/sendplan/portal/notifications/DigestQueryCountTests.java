package org.sendplan.portal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.common.PortalTime;
import org.sendplan.portal.tenancy.TenantSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Not a benchmark: counts the digest's SQL statements, which must not grow with a tenant's members. */
class DigestQueryCountTests extends MailTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDigestRunsTheSameNumberOfStatementsForTwentyOrTwoThousandMembers() {
        LocalDate today = LocalDate.now(PortalTime.LONDON);
        long few = statementsForDigest(20, today);
        long many = statementsForDigest(2_000, today);

        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(4);
    }

    private long statementsForDigest(int members, LocalDate today) {
        TenantSummary tenant = newTenant();
        Set<UUID> people = people(members);
        tell(
                tenant,
                NotificationRequest.of(
                        people, NotificationType.CONSULTATION_CLOSING, "A consultation closes on Friday", "/t/x/c"));
        tell(
                tenant,
                NotificationRequest.of(people, NotificationType.REPLY, "Someone replied to your comment", "/t/x/p"));
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            assertThat(digests.sendDigests(tenant, today)).isEqualTo(members);
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    /** Accounts written in one batch; making them is not what this test is about. */
    private Set<UUID> people(int count) {
        List<Object[]> rows = IntStream.range(0, count)
                .mapToObj(i -> {
                    UUID id = UUID.randomUUID();
                    return new Object[] {
                        id,
                        "member-" + id,
                        "Member " + i,
                        "member-" + id + "@example.org",
                        Timestamp.from(Instant.now())
                    };
                })
                .toList();
        jdbc.batchUpdate(
                "insert into person_account (id, username, display_name, email, created_at) values (?, ?, ?, ?, ?)",
                rows);
        Set<UUID> ids = new HashSet<>();
        rows.forEach(row -> ids.add((UUID) row[0]));
        return ids;
    }
}
