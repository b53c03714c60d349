package org.sendplan.portal.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.common.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Draft → consultation → approved → active → closed, each move by the right role; approval freezes a version. */
@PortalTest
class PlanApprovalTests {

    @Autowired
    SignedIn signedIn;

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
    void aBoardMemberApprovesAPlanInConsultationAndTheMoveIsRecorded() {
        PlanSummary plan = planInConsultation();
        signedIn.as("warwickshire.board");
        PlanSummary approved = lifecycle.moveTo(plan.id(), plan.version(), PlanStatus.APPROVED);
        assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(lifecycle.versions(plan.id()))
                .singleElement()
                .extracting(PlanVersionSummary::number)
                .isEqualTo(1);
        assertThat(lifecycle.transitions(plan.id()))
                .extracting(PlanTransitionRecord::to)
                .containsExactly(PlanStatus.APPROVED, PlanStatus.CONSULTATION);
    }

    @Test
    void anOfficerCannotApproveTheirOwnPlan() {
        PlanSummary plan = planInConsultation();
        signedIn.as("warwickshire.officer");
        assertThatThrownBy(() -> lifecycle.moveTo(plan.id(), plan.version(), PlanStatus.APPROVED))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDraftCannotJumpStraightToActive() {
        signedIn.as("warwickshire.officer");
        PlanSummary plan = plans.create(PlanFixtures.draft("Jumpy plan"));
        assertThatThrownBy(() -> lifecycle.moveTo(plan.id(), plan.version(), PlanStatus.ACTIVE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("A plan that is draft cannot move to active");
    }

    @Test
    void aParentCarerReadsAPlanInConsultationButNotWhileDraft() {
        PlanSummary plan = planInConsultation();
        signedIn.as("warwickshire.parent");
        assertThat(plans.plans()).extracting(PlanSummary::id).contains(plan.id());
        assertThat(actions.allActions(plan.id(), ActionFilter.NONE)).hasSize(1);
    }

    @Test
    void editingAnApprovedPlanMakesANewDraftAndTheVersionsCanBeCompared() {
        PlanSummary plan = planInConsultation();
        signedIn.as("warwickshire.board");
        lifecycle.moveTo(plan.id(), plan.version(), PlanStatus.APPROVED);
        signedIn.as("warwickshire.officer");
        ActionDetails existing =
                actions.allActions(plan.id(), ActionFilter.NONE).getFirst();
        ActionDraft d = existing.toDraft();
        actions.update(
                existing.id(),
                existing.version(),
                new ActionDraft(
                        d.themeId(),
                        d.activity(),
                        "A sharper measure",
                        d.expectedChange(),
                        d.rationale(),
                        d.savingsRating(),
                        d.savingsNarrative(),
                        d.benefitsRealisation(),
                        d.lead(),
                        d.capacityNote(),
                        d.ownerId(),
                        d.dueDate(),
                        d.status(),
                        d.partners(),
                        d.milestones(),
                        d.savings()));
        ThemeDetails theme = plans.themes(plan.id()).getFirst();
        actions.add(plan.id(), PlanFixtures.action(theme, "A new action"));

        assertThat(plans.plan(plan.id()).orElseThrow().status()).isEqualTo(PlanStatus.DRAFT);
        VersionComparison comparison = lifecycle.compare(plan.id(), 1, null);
        assertThat(comparison.added()).containsExactly("A new action");
        assertThat(comparison.removed()).isEmpty();
        assertThat(comparison.changed())
                .containsExactly(
                        new VersionComparison.FieldChange(d.activity(), "Measure", "A measure", "A sharper measure"));
    }

    @Test
    void aRemovedActionShowsAsRemovedInTheComparisonAndKeepsItsHistory() {
        PlanSummary plan = planInConsultation();
        signedIn.as("warwickshire.board");
        lifecycle.moveTo(plan.id(), plan.version(), PlanStatus.APPROVED);
        signedIn.as("warwickshire.officer");
        ActionDetails action = actions.allActions(plan.id(), ActionFilter.NONE).getFirst();
        actions.remove(action.id(), action.version());

        VersionComparison comparison = lifecycle.compare(plan.id(), 1, null);
        assertThat(comparison.removed()).containsExactly("Review the provision matrix");
        assertThat(actions.changesSince(plan.id(), java.time.LocalDate.now().minusDays(1)))
                .anySatisfy(c -> assertThat(c.field()).isEqualTo("Removed"));
        assertThat(plans.plan(plan.id()).orElseThrow().status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void approvedPlansMoveToActiveAndThenClose() {
        PlanSummary plan = planInConsultation();
        signedIn.as("warwickshire.board");
        PlanSummary approved = lifecycle.moveTo(plan.id(), plan.version(), PlanStatus.APPROVED);
        signedIn.as("warwickshire.officer");
        assertThat(lifecycle.movesAllowed(approved)).containsExactly(PlanStatus.ACTIVE);
        PlanSummary active = lifecycle.moveTo(plan.id(), approved.version(), PlanStatus.ACTIVE);
        PlanSummary closed = lifecycle.moveTo(plan.id(), active.version(), PlanStatus.CLOSED);
        assertThat(closed.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(lifecycle.movesAllowed(closed)).isEqualTo(List.of());
    }

    @Test
    void everyDemoTenantHasADemoPlanThatPartnersCanRead() {
        signedIn.as("solihull.school");
        assertThat(plans.plans())
                .filteredOn(plan -> plan.title().endsWith("(demo)"))
                .singleElement()
                .satisfies(plan -> {
                    assertThat(plan.status()).isEqualTo(PlanStatus.CONSULTATION);
                    assertThat(plans.themes(plan.id()))
                            .extracting(ThemeDetails::title)
                            .containsExactly("Promoting Inclusion", "Preparing for Adulthood", "SEND Transport");
                });
    }

    private PlanSummary planInConsultation() {
        signedIn.as("warwickshire.officer");
        PlanSummary plan = plans.create(PlanFixtures.draft("Plan for approval " + System.nanoTime()));
        ThemeDetails theme = plans.addTheme(plan.id(), "Promoting Inclusion");
        actions.add(plan.id(), PlanFixtures.action(theme, "Review the provision matrix"));
        PlanSummary current = plans.plan(plan.id()).orElseThrow();
        return lifecycle.moveTo(plan.id(), current.version(), PlanStatus.CONSULTATION);
    }
}
