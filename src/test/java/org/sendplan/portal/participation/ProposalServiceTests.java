package org.sendplan.portal.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.plans.ActionDetails;
import org.sendplan.portal.plans.ActionFilter;
import org.sendplan.portal.plans.ActionService;
import org.sendplan.portal.plans.PlanLifecycle;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.plans.ThemeDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Proposals: who may raise, support and respond; support once each; what the proposer is told; tenant isolation. */
@PortalTest
class ProposalServiceTests {

    @Autowired
    SignedIn signedIn;

    @Autowired
    ProposalService proposals;

    @Autowired
    PlanService plans;

    @Autowired
    ActionService actions;

    @Autowired
    PlanLifecycle lifecycle;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void aParentCarerASchoolAndABoardMemberMayRaiseAProposalButAnOfficerMayNot() {
        PlanSummary plan =
                ParticipationFixtures.planInConsultation(signedIn, "warwickshire", plans, actions, lifecycle);
        ThemeDetails theme = plans.themes(plan.id()).getFirst();
        for (String who : new String[] {"warwickshire.parent", "warwickshire.school", "warwickshire.board"}) {
            signedIn.as(who);
            assertThat(proposals
                            .raise(ParticipationFixtures.proposal(plan, theme, "Idea from " + who))
                            .proposerName())
                    .isNotBlank();
        }
        signedIn.as("warwickshire.officer");
        assertThatThrownBy(() -> proposals.raise(ParticipationFixtures.proposal(plan, theme, "Officer's idea")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aProposalNeedsATitleAndSaysWhetherItsEstimateIsACostOrASaving() {
        PlanSummary plan =
                ParticipationFixtures.planInConsultation(signedIn, "warwickshire", plans, actions, lifecycle);
        ThemeDetails theme = plans.themes(plan.id()).getFirst();
        signedIn.as("warwickshire.parent");
        assertThatThrownBy(
                        () -> proposals.raise(new ProposalDraft(plan.id(), theme.id(), " ", "p", "i", "e", null, null)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Enter a title");
        assertThatThrownBy(() -> proposals.raise(
                        new ProposalDraft(plan.id(), theme.id(), "t", "p", "i", "e", new BigDecimal("1200.50"), null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Say whether the estimate is a cost or a saving");
        ProposalDetails costed = proposals.raise(new ProposalDraft(
                plan.id(), theme.id(), "t", "p", "i", "e", new BigDecimal("1200.50"), EstimateKind.SAVING));
        assertThat(costed.estimate()).isEqualByComparingTo("1200.50");
    }

    @Test
    void aMemberSupportsAProposalOnceAndMayWithdrawTheirSupport() {
        ProposalDetails proposal = raisedByParent("warwickshire");
        signedIn.as("warwickshire.board");
        assertThat(proposals.support(proposal.id()).supporters()).isEqualTo(1);
        assertThatThrownBy(() -> proposals.support(proposal.id()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("You already support this proposal");
        signedIn.as("warwickshire.school");
        ProposalDetails twice = proposals.support(proposal.id());
        assertThat(twice.supporters()).isEqualTo(2);
        assertThat(twice.supportedByMe()).isTrue();
        ProposalDetails withdrawn = proposals.withdrawSupport(proposal.id());
        assertThat(withdrawn.supporters()).isEqualTo(1);
        assertThat(withdrawn.supportedByMe()).isFalse();
    }

    @Test
    void anOfficerTakesAProposalIntoThePlanLinkedToAnActionAndTheProposerSeesWhatHappened() {
        ProposalDetails proposal = raisedByParent("warwickshire");
        signedIn.as("warwickshire.officer");
        ActionDetails action =
                actions.allActions(proposal.planId(), ActionFilter.NONE).getFirst();
        ProposalDetails considered = proposals.respond(
                proposal.id(),
                proposal.version(),
                new ProposalResponseDraft(ProposalOutcome.UNDER_CONSIDERATION, "Costing it", null));
        proposals.respond(
                proposal.id(),
                considered.version(),
                new ProposalResponseDraft(ProposalOutcome.TAKEN_INTO_PLAN, "Added", action.id()));

        signedIn.as("warwickshire.parent");
        ProposalDetails mine = proposals.myProposals().stream()
                .filter(p -> p.id().equals(proposal.id()))
                .findFirst()
                .orElseThrow();
        assertThat(mine.status()).isEqualTo("Taken into the plan");
        assertThat(mine.latestResponse().orElseThrow().actionActivity()).isEqualTo("Review the provision matrix");
        assertThat(mine.responses())
                .extracting(ProposalResponseRecord::outcome)
                .containsExactly(ProposalOutcome.TAKEN_INTO_PLAN, ProposalOutcome.UNDER_CONSIDERATION);
    }

    @Test
    void takingAProposalIntoThePlanNeedsAnActionOfThatPlan() {
        ProposalDetails proposal = raisedByParent("warwickshire");
        signedIn.as("warwickshire.officer");
        assertThatThrownBy(() -> proposals.respond(
                        proposal.id(),
                        proposal.version(),
                        new ProposalResponseDraft(ProposalOutcome.TAKEN_INTO_PLAN, "Added", null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Choose the action the proposal was taken into");
    }

    @Test
    void aResponseBasedOnAnOldCopyOfTheProposalIsRefused() {
        ProposalDetails proposal = raisedByParent("warwickshire");
        signedIn.as("warwickshire.officer");
        proposals.respond(
                proposal.id(),
                proposal.version(),
                new ProposalResponseDraft(ProposalOutcome.NOT_TAKEN_FORWARD, "No budget", null));
        assertThatThrownBy(() -> proposals.respond(
                        proposal.id(),
                        proposal.version(),
                        new ProposalResponseDraft(ProposalOutcome.UNDER_CONSIDERATION, "Costing it", null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reload to see their changes");
    }

    @Test
    void onlyAnOfficerMayRespond() {
        ProposalDetails proposal = raisedByParent("warwickshire");
        signedIn.as("warwickshire.board");
        assertThatThrownBy(() -> proposals.respond(
                        proposal.id(),
                        proposal.version(),
                        new ProposalResponseDraft(ProposalOutcome.NOT_TAKEN_FORWARD, "No", null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherTenantCanNeitherSeeNorSupportNorAnswerAProposal() {
        ProposalDetails proposal = raisedByParent("warwickshire");
        signedIn.as("solihull.parent");
        assertThat(proposals.proposal(proposal.id())).isEmpty();
        assertThat(proposals.proposals()).extracting(ProposalDetails::id).doesNotContain(proposal.id());
        assertThatThrownBy(() -> proposals.support(proposal.id())).isInstanceOf(InvalidInputException.class);
        signedIn.as("solihull.officer");
        assertThatThrownBy(() -> proposals.respond(
                        proposal.id(),
                        proposal.version(),
                        new ProposalResponseDraft(ProposalOutcome.NOT_TAKEN_FORWARD, "No", null)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void eachDemoTenantHasOneProposalTakenIntoThePlanAndOneUnderConsiderationWithSupporters() {
        signedIn.as("kingston.parent");
        assertThat(proposals.myProposals()).anySatisfy(p -> {
            assertThat(p.status()).isEqualTo("Taken into the plan");
            assertThat(p.latestResponse().orElseThrow().actionId()).isNotNull();
        });
        assertThat(proposals.proposals()).anySatisfy(p -> {
            assertThat(p.status()).isEqualTo("Under consideration");
            assertThat(p.supporters()).isEqualTo(2);
        });
    }

    private ProposalDetails raisedByParent(String tenant) {
        PlanSummary plan = ParticipationFixtures.planInConsultation(signedIn, tenant, plans, actions, lifecycle);
        ThemeDetails theme = plans.themes(plan.id()).getFirst();
        signedIn.as(tenant + ".parent");
        return proposals.raise(ParticipationFixtures.proposal(plan, theme, "A named key worker " + System.nanoTime()));
    }
}
