package org.sendplan.portal.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.MovableClock;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.comments.CommentFixtures;
import org.sendplan.portal.notifications.NotificationSummary;
import org.sendplan.portal.notifications.NotificationType;
import org.sendplan.portal.notifications.Notifications;
import org.sendplan.portal.plans.ActionService;
import org.sendplan.portal.plans.PlanLifecycle;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.plans.ThemeDetails;
import org.sendplan.portal.tenancy.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** Who co-production tells: the proposer, the people consulted as the window opens and closes, and the forum lead. */
@PortalTest
class ParticipationNotificationTests {

    @Autowired
    SignedIn signedIn;

    @Autowired
    ProposalService proposals;

    @Autowired
    ConsultationService consultations;

    @Autowired
    ParticipationNotifications job;

    @Autowired
    Notifications notifications;

    @Autowired
    PlanService plans;

    @Autowired
    ActionService actions;

    @Autowired
    PlanLifecycle lifecycle;

    @Autowired
    CommentFixtures people;

    @Autowired
    MovableClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.out();
    }

    @Test
    void anLaResponseNotifiesTheProposer() {
        PlanSummary plan =
                ParticipationFixtures.planInConsultation(signedIn, "warwickshire", plans, actions, lifecycle);
        ThemeDetails theme = plans.themes(plan.id()).getFirst();
        String proposer = people.newMember("warwickshire", "Priya Proposer", Role.PARENT_CARER);
        signedIn.as(proposer);
        ProposalDetails raised = proposals.raise(ParticipationFixtures.proposal(plan, theme, "A named key worker"));
        signedIn.as("warwickshire.officer");
        proposals.respond(
                raised.id(),
                raised.version(),
                new ProposalResponseDraft(ProposalOutcome.NOT_TAKEN_FORWARD, "No budget", null));

        signedIn.as(proposer);
        assertThat(mine(NotificationType.PROPOSAL_RESPONSE)).singleElement().satisfies(n -> {
            assertThat(n.summary()).contains("A named key worker").contains("Not taken forward");
            assertThat(n.link()).isEqualTo("/t/warwickshire/proposals/" + raised.id());
        });
    }

    @Test
    void aFinalOutcomeTellsTheProposalsSupportersOfTheDecision() {
        PlanSummary plan =
                ParticipationFixtures.planInConsultation(signedIn, "warwickshire", plans, actions, lifecycle);
        signedIn.as("warwickshire.parent");
        ProposalDetails raised = proposals.raise(
                ParticipationFixtures.proposal(plan, plans.themes(plan.id()).getFirst(), "Drop-in sessions"));
        String supporter = people.newMember("warwickshire", "Sid Supporter", Role.PARENT_CARER);
        signedIn.as(supporter);
        ProposalDetails supported = proposals.support(raised.id());
        signedIn.as("warwickshire.officer");
        proposals.respond(
                raised.id(),
                supported.version(),
                new ProposalResponseDraft(ProposalOutcome.NOT_TAKEN_FORWARD, "Covered elsewhere", null));

        signedIn.as(supporter);
        assertThat(mine(NotificationType.DECISION_ON_WHAT_I_RAISED))
                .singleElement()
                .satisfies(n -> assertThat(n.summary()).contains("Drop-in sessions"));
    }

    @Test
    void openingAConsultationNotifiesAParentCarerOfThatTenantAndNobodyInAnother() {
        String here = people.newMember("warwickshire", "Olu Opened", Role.PARENT_CARER);
        String elsewhere = people.newMember("solihull", "Eli Elsewhere", Role.PARENT_CARER);
        ConsultationDetails consultation = openFor(10);

        signedIn.as(here);
        assertThat(mine(NotificationType.CONSULTATION_OPENED))
                .singleElement()
                .satisfies(n -> assertThat(n.link())
                        .isEqualTo("/t/warwickshire/plans/" + consultation.planId() + "/consultation"));
        signedIn.as(elsewhere);
        assertThat(mine(NotificationType.CONSULTATION_OPENED)).isEmpty();
    }

    @Test
    void theClosingJobNotifiesOnceHoweverOftenItRuns() {
        String parent = people.newMember("warwickshire", "Cal Closing", Role.PARENT_CARER);
        ConsultationDetails consultation = openFor(2);
        signedIn.out();
        job.tellAll();
        job.tellAll();
        clock.moveForward(Duration.ofDays(3));
        job.tellAll();
        job.tellAll();

        signedIn.as(parent);
        assertThat(about(consultation, NotificationType.CONSULTATION_OPENED)).hasSize(1);
        assertThat(about(consultation, NotificationType.CONSULTATION_CLOSING)).hasSize(1);
        assertThat(about(consultation, NotificationType.CONSULTATION_CLOSED)).hasSize(1);
    }

    @Test
    void signOffRequestedReachesTheForumLead() {
        String lead = people.newMember("kingston", "Fay Forum-Lead", Role.FORUM_LEAD);
        PlanSummary plan = ParticipationFixtures.planInConsultation(signedIn, "kingston", plans, actions, lifecycle);

        signedIn.as(lead);
        assertThat(mine(NotificationType.SIGN_OFF_REQUESTED)).singleElement().satisfies(n -> {
            assertThat(n.summary()).contains(plan.title()).contains("record the parent carer forum's position");
            assertThat(n.link()).isEqualTo("/t/kingston/plans/" + plan.id());
        });
    }

    @Test
    void aConsultationClosingWithNoForumPositionAsksTheForumLeadAgainOnce() {
        String lead = people.newMember("warwickshire", "Gus Forum-Lead", Role.FORUM_LEAD);
        openFor(1);
        signedIn.out();
        clock.moveForward(Duration.ofDays(2));
        job.tellAll();
        job.tellAll();

        signedIn.as(lead);
        assertThat(mine(NotificationType.SIGN_OFF_REQUESTED))
                .hasSize(2)
                .anySatisfy(n -> assertThat(n.summary()).contains("the board will decide next"));
    }

    private ConsultationDetails openFor(int days) {
        PlanSummary plan =
                ParticipationFixtures.planInConsultation(signedIn, "warwickshire", plans, actions, lifecycle);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        return consultations.open(
                plan.id(), new ConsultationDraft(today, today.plusDays(days), List.of("What would help?")));
    }

    private List<NotificationSummary> about(ConsultationDetails consultation, NotificationType type) {
        return mine(type).stream()
                .filter(n -> n.link().contains(consultation.planId().toString()))
                .toList();
    }

    private List<NotificationSummary> mine(NotificationType type) {
        return notifications.mine().stream().filter(n -> n.type() == type).toList();
    }
}
