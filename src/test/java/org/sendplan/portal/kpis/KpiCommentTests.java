package org.sendplan.portal.kpis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.UiTest;
import org.sendplan.portal.comments.CommentFixtures;
import org.sendplan.portal.comments.CommentService;
import org.sendplan.portal.comments.ui.CommentThreadDriver;
import org.sendplan.portal.tenancy.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Whoever may read a KPI may comment on it at the end of its page; nobody else may. */
class KpiCommentTests extends UiTest {

    @Autowired
    KpiService kpis;

    @Autowired
    CommentService comments;

    @Autowired
    CommentFixtures fixtures;

    @Test
    void aBoardMemberPostsACommentOnAKpiAndSeesItInTheThreadOnItsPage() {
        String board = fixtures.newMember("warwickshire", "Bea Board", Role.BOARD_MEMBER);
        UUID kpi = warwickshireKpi();
        signInAndOpen(board, "t/warwickshire/kpis/" + kpi);
        assertThat(CommentThreadDriver.post("Why did this fall in the spring?"))
                .contains("Why did this fall in the spring?");
    }

    @Test
    void anotherTenantsOfficerAndASchoolEditorWhoCannotReadKpisMayNotCommentOnOne() {
        UUID kpi = warwickshireKpi();
        for (String outsider : new String[] {"solihull.officer", "warwickshire.school"}) {
            signedIn.as(outsider);
            assertThatThrownBy(() -> comments.post(KpiCommentTargets.kpi(kpi), "Hello"))
                    .as(outsider)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private UUID warwickshireKpi() {
        signedIn.as("warwickshire.officer");
        UUID id = kpis.kpis().getFirst().id();
        signedIn.out();
        return id;
    }
}
