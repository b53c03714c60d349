package org.sendplan.portal.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.Rag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Officers write plans, themes and actions; the rules of who may do what, and no silent overwrite. */
@PortalTest
class PlanServiceTests {

    @Autowired
    SignedIn signedIn;

    @Autowired
    PlanService plans;

    @Autowired
    ActionService actions;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void anOfficerCreatesAPlanWithThemesAndActions() {
        signedIn.as("kingston.officer");
        PlanSummary plan = plans.create(PlanFixtures.draft("Kingston inclusion plan"));
        ThemeDetails theme = plans.addTheme(plan.id(), "Promoting Inclusion");
        ActionDetails action = actions.add(plan.id(), PlanFixtures.action(theme, "Review the provision matrix"));

        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.period()).isEqualTo("2019/20 to 2021/22");
        assertThat(action.rag()).isEqualTo(Rag.GREY);
        assertThat(action.status()).isEqualTo(ActionStatus.NOT_STARTED);
        assertThat(plans.themes(plan.id()))
                .singleElement()
                .extracting(ThemeDetails::actionCount)
                .isEqualTo(1L);
        assertThat(actions.history(action.id()))
                .extracting(ActionChangeRecord::field)
                .containsExactly("Created");
    }

    @Test
    void aBoardMemberCannotCreateAPlan() {
        signedIn.as("kingston.board");
        assertThatThrownBy(() -> plans.create(PlanFixtures.draft("Board's own plan")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aParentCarerCannotEditAnAction() {
        signedIn.as("kingston.officer");
        PlanSummary plan = plans.create(PlanFixtures.draft("Plan a parent cannot edit"));
        ThemeDetails theme = plans.addTheme(plan.id(), "Transport");
        ActionDetails action = actions.add(plan.id(), PlanFixtures.action(theme, "Review travel training"));
        signedIn.as("kingston.parent");
        assertThatThrownBy(() -> actions.update(action.id(), action.version(), action.toDraft()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aParentCarerCannotReadADraftPlan() {
        signedIn.as("kingston.officer");
        PlanSummary plan = plans.create(PlanFixtures.draft("Draft kept from partners"));
        signedIn.as("kingston.parent");
        assertThat(plans.plans()).extracting(PlanSummary::title).doesNotContain("Draft kept from partners");
        assertThatThrownBy(() -> plans.plan(plan.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedWithWhoChangedItAndWhen() {
        signedIn.as("kingston.officer");
        PlanSummary plan = plans.create(PlanFixtures.draft("Two editors"));
        ThemeDetails theme = plans.addTheme(plan.id(), "Workforce");
        ActionDetails opened = actions.add(plan.id(), PlanFixtures.action(theme, "Train the workforce"));
        ActionDraft first = opened.toDraft();
        actions.update(
                opened.id(),
                opened.version(),
                new ActionDraft(
                        first.themeId(),
                        "Train the whole workforce",
                        first.measure(),
                        first.expectedChange(),
                        first.rationale(),
                        first.savingsRating(),
                        first.savingsNarrative(),
                        first.benefitsRealisation(),
                        first.lead(),
                        first.capacityNote(),
                        null,
                        null,
                        ActionStatus.IN_PROGRESS,
                        List.of(),
                        List.of(),
                        List.of()));

        assertThatThrownBy(() -> actions.update(opened.id(), opened.version(), first))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("This action was changed by ")
                .hasMessageContaining(" — reload");
        assertThat(actions.action(opened.id()))
                .get()
                .extracting(ActionDetails::activity)
                .isEqualTo("Train the whole workforce");
    }

    @Test
    void everyChangedFieldIsRecordedWithItsOldAndNewValue() {
        signedIn.as("kingston.officer");
        PlanSummary plan = plans.create(PlanFixtures.draft("History plan"));
        ThemeDetails theme = plans.addTheme(plan.id(), "Health");
        ActionDetails action = actions.add(plan.id(), PlanFixtures.action(theme, "Agree a joint plan"));
        ActionDraft d = action.toDraft();
        actions.update(
                action.id(),
                action.version(),
                new ActionDraft(
                        d.themeId(),
                        d.activity(),
                        d.measure(),
                        d.expectedChange(),
                        d.rationale(),
                        SavingsRating.HIGH,
                        d.savingsNarrative(),
                        d.benefitsRealisation(),
                        d.lead(),
                        d.capacityNote(),
                        null,
                        LocalDate.of(2026, 3, 31),
                        ActionStatus.IN_PROGRESS,
                        List.of("NHS Coventry and Warwickshire ICB"),
                        List.of(new MilestoneDraft("Draft agreed", LocalDate.of(2026, 1, 31), false)),
                        List.of(new SavingEstimate(FinancialYear.parse("2025/26"), new BigDecimal("18000.00")))));

        List<ActionChangeRecord> history = actions.history(action.id());
        assertThat(history)
                .filteredOn(c -> c.field().equals("Savings rating"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.oldValue()).isEqualTo("Low");
                    assertThat(c.newValue()).isEqualTo("High");
                    assertThat(c.changedBy()).isNotBlank();
                });
        assertThat(history)
                .extracting(ActionChangeRecord::field)
                .contains("Due date", "Status", "Partners", "Milestones", "Estimated savings");
        ActionDetails saved = actions.action(action.id()).orElseThrow();
        assertThat(saved.milestones())
                .singleElement()
                .extracting(MilestoneDraft::title)
                .isEqualTo("Draft agreed");
        assertThat(saved.savings())
                .singleElement()
                .extracting(SavingEstimate::amount)
                .isEqualTo(new BigDecimal("18000.00"));
    }

    @Test
    void anActionNeedsAThemeOfItsOwnPlan() {
        signedIn.as("kingston.officer");
        PlanSummary one = plans.create(PlanFixtures.draft("Plan one"));
        PlanSummary other = plans.create(PlanFixtures.draft("Plan other"));
        ThemeDetails otherTheme = plans.addTheme(other.id(), "Elsewhere");
        assertThatThrownBy(() -> actions.add(one.id(), PlanFixtures.action(otherTheme, "Wrong theme")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("That theme is not part of this plan");
    }

    @Test
    void aPlanCannotEndBeforeItStarts() {
        signedIn.as("kingston.officer");
        assertThatThrownBy(() -> plans.create(new PlanDraft(
                        "Backwards", FinancialYear.parse("2022/23"), FinancialYear.parse("2020/21"), null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The last financial year cannot come before the first");
    }
}
