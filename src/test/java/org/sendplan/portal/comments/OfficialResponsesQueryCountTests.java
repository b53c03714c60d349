package org.sendplan.portal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.tenancy.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** Not a benchmark: counts the SQL statements of the official responses page, which must not grow per response. */
@PortalTest
class OfficialResponsesQueryCountTests {

    @Autowired
    SignedIn signedIn;

    @Autowired
    CommentService comments;

    @Autowired
    CommentFixtures fixtures;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void listingOfficialResponsesRunsTheSameStatementsForOneResponseOrSix() {
        answerOfficially(1);
        long one = statementsForOfficialResponses();
        answerOfficially(5);
        long six = statementsForOfficialResponses();

        assertThat(six).isEqualTo(one);
    }

    private void answerOfficially(int questions) {
        for (int i = 0; i < questions; i++) {
            // New people each time, so the limit of comments a minute is nobody's concern here.
            signedIn.as(fixtures.newMember("solihull", "Asking parent " + i, Role.PARENT_CARER));
            CommentDetails question = comments.post(fixtures.demoPlanTarget(), "Question " + i + " about transport");
            signedIn.as(fixtures.newMember("solihull", "Answering officer " + i, Role.LA_OFFICER));
            CommentDetails answer = comments.reply(question.id(), "Answer " + i);
            comments.markOfficial(answer.id(), answer.version(), true);
        }
    }

    private long statementsForOfficialResponses() {
        signedIn.as("solihull.parent");
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            assertThat(comments.officialResponses()).isNotEmpty();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
