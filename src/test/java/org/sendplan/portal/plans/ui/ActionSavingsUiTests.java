package org.sendplan.portal.plans.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.UiTest;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.plans.ActionDetails;
import org.sendplan.portal.plans.ActionDraft;
import org.sendplan.portal.plans.ActionSavingsService;
import org.sendplan.portal.plans.ActionService;
import org.sendplan.portal.plans.DeliveredSavingDraft;
import org.sendplan.portal.plans.PlanFixtures;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.plans.SavingEstimate;
import org.sendplan.portal.plans.ThemeDetails;
import org.springframework.beans.factory.annotation.Autowired;

/** The action page's savings: estimated against delivered per year, and recording what was delivered. */
class ActionSavingsUiTests extends UiTest {

    static final FinancialYear THIS_YEAR = FinancialYear.containing(LocalDate.now());
    static final FinancialYear LAST_YEAR = THIS_YEAR.previous();

    @Autowired
    PlanService plans;

    @Autowired
    ActionService actions;

    @Autowired
    ActionSavingsService savings;

    @Test
    void anOfficerRecordsADeliveredSavingAndSeesItBesideTheEstimate() {
        ActionDetails action = actionWithEstimate();
        signInAndOpen("kingston.officer", address(action));
        _click(_get(Button.class, spec -> spec.withText("Record a delivered saving")));
        year().setValue(LAST_YEAR);
        _get(TextField.class, spec -> spec.withLabel("Saving delivered (£)")).setValue("7,250.50");
        _get(TextArea.class, spec -> spec.withLabel("Note"))
                .setValue("Two pupils placed in the new resourced provision");
        _click(_get(Button.class, spec -> spec.withText("Save saving")));

        Grid<?> byYear = grid("Estimated and delivered savings by year");
        assertThat(GridKt._getFormatted(byYear, 0, "year")).isEqualTo(LAST_YEAR.toString());
        assertThat(GridKt._getFormatted(byYear, 0, "planned")).isEqualTo("£10,000");
        assertThat(GridKt._getFormatted(byYear, 0, "delivered")).isEqualTo("£7,250.50");
        assertThat(GridKt._getFormatted(byYear, 0, "difference")).isEqualTo("-£2,749.50");
        assertThat(GridKt._getFormatted(grid("Delivered savings recorded"), 0, "by"))
                .startsWith("Olu Officer");
        assertThat(GridKt._getFormattedRow(grid("History of this action"), 0)).contains("Delivered saving");
    }

    @Test
    void aNegativeSavingIsRefusedBesideTheAmountAndNothingIsSaved() {
        ActionDetails action = actionWithEstimate();
        signInAndOpen("kingston.officer", address(action));
        _click(_get(Button.class, spec -> spec.withText("Record a delivered saving")));
        TextField amount = _get(TextField.class, spec -> spec.withLabel("Saving delivered (£)"));
        amount.setValue("(500)");
        _click(_get(Button.class, spec -> spec.withText("Save saving")));
        assertThat(amount.getErrorMessage())
                .isEqualTo("Enter the saving as a positive amount; to correct an earlier record, change or remove it");
        amount.setValue("lots");
        _click(_get(Button.class, spec -> spec.withText("Save saving")));
        assertThat(amount.getErrorMessage()).isEqualTo("'lots' is not an amount of money like 1,234.50");
        assertThat(savings.delivered(action.id())).isEmpty();
    }

    @Test
    void anOfficerCorrectsADeliveredSaving() {
        ActionDetails action = actionWithEstimate();
        signedIn.as("kingston.officer");
        savings.record(
                action.id(), new DeliveredSavingDraft(LAST_YEAR, new BigDecimal("1000.00"), LocalDate.now(), null));
        signInAndOpen("kingston.officer", address(action));
        _click(_get(
                GridKt._getCellComponent(grid("Delivered savings recorded"), 0, "change"),
                Button.class,
                spec -> spec.withText("Change")));
        _get(TextField.class, spec -> spec.withLabel("Saving delivered (£)")).setValue("1,200");
        _click(_get(Button.class, spec -> spec.withText("Save saving")));
        assertThat(GridKt._getFormatted(grid("Delivered savings recorded"), 0, "amount"))
                .isEqualTo("£1,200");
    }

    @Test
    void aBoardMemberReadsTheSavingsWithoutWaysToRecordThem() {
        ActionDetails action = actionWithEstimate();
        signInAndOpen("kingston.board", address(action));
        assertThat(GridKt._getFormatted(grid("Estimated and delivered savings by year"), 1, "planned"))
                .isEqualTo("£20,000");
        assertThat(_find(Button.class, spec -> spec.withText("Record a delivered saving")))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Change"))).isEmpty();
    }

    @Test
    void aFinanceOfficerMayRecordFromTheActionPage() {
        ActionDetails action = actionWithEstimate();
        signInAndOpen("kingston.finance", address(action));
        assertThat(_find(Button.class, spec -> spec.withText("Record a delivered saving")))
                .hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText("Edit action"))).isEmpty();
    }

    private ActionDetails actionWithEstimate() {
        signedIn.as("kingston.officer");
        PlanSummary plan = plans.create(PlanFixtures.draft("Plan with savings"));
        ThemeDetails theme = plans.addTheme(plan.id(), "Getting it Right for Learners with High Needs");
        ActionDraft d = PlanFixtures.action(theme, "Open more resourced provisions");
        ActionDetails action = actions.add(
                plan.id(),
                new ActionDraft(
                        d.themeId(),
                        d.activity(),
                        d.measure(),
                        d.expectedChange(),
                        d.rationale(),
                        d.savingsRating(),
                        d.savingsNarrative(),
                        d.benefitsRealisation(),
                        d.lead(),
                        d.capacityNote(),
                        null,
                        null,
                        d.status(),
                        List.of(),
                        List.of(),
                        List.of(
                                new SavingEstimate(LAST_YEAR, new BigDecimal("10000.00")),
                                new SavingEstimate(THIS_YEAR, new BigDecimal("20000.00")))));
        signedIn.out();
        return action;
    }

    private static String address(ActionDetails action) {
        return "t/kingston/plans/" + action.planId() + "/actions/" + action.id();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<FinancialYear> year() {
        return _get(ComboBox.class, spec -> spec.withLabel("Financial year delivered in"));
    }

    private static Grid<?> grid(String ariaLabel) {
        return _get(
                Grid.class,
                spec -> spec.withPredicate(
                        g -> ariaLabel.equals(g.getAriaLabel().orElse(null))));
    }
}
