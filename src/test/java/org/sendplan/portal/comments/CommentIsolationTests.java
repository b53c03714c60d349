package org.sendplan.portal.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.tenancy.TenantContext;
import org.sendplan.portal.tenancy.TenantScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** One council's comments, reports, moderation log, pauses and messages are invisible and untouchable from another. */
@PortalTest
class CommentIsolationTests {

    private static final String[] TABLES = {
        "comment", "comment_report", "moderation_log", "commenting_pause", "person_message"
    };

    @Autowired
    SignedIn signedIn;

    @Autowired
    CommentService comments;

    @Autowired
    ModerationService moderation;

    @Autowired
    CommentFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void anotherTenantsCommentsCannotBeReadAnsweredOrReported() {
        signedIn.as("warwickshire.officer");
        CommentTarget warwickshirePlan = fixtures.demoPlanTarget();
        CommentDetails posted = comments.thread(warwickshirePlan).getFirst();
        signedIn.as("solihull.officer");
        assertThatThrownBy(() -> comments.thread(warwickshirePlan)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comments.post(warwickshirePlan, "Hello from Solihull"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(comments.comment(posted.id())).isEmpty();
        assertThatThrownBy(() -> comments.reply(posted.id(), "Hi")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> moderation.report(posted.id(), "Spam")).isInstanceOf(InvalidInputException.class);
        signedIn.as("solihull.admin");
        assertThat(moderation.queue())
                .noneSatisfy(r -> assertThat(r.comment().id()).isEqualTo(posted.id()));
    }

    @Test
    void rawSqlUnderAnotherTenantSeesNoCommentRows() {
        UUID solihull = signedIn.as("solihull.officer").tenant().id();
        signedIn.out();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        for (String table : TABLES) {
            Long foreign = TenantContext.callAs(
                    TenantScope.ofTenant(solihull),
                    () -> transaction.execute(status -> jdbc.queryForObject(
                            "select count(*) from " + table + " where tenant_id <> ?", Long.class, solihull)));
            assertThat(foreign).as(table).isZero();
        }
        Long withoutTenant = TenantContext.callAs(
                TenantScope.NONE,
                () -> transaction.execute(status -> jdbc.queryForObject("select count(*) from comment", Long.class)));
        assertThat(withoutTenant).isZero();
    }
}
