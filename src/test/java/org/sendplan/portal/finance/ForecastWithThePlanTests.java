package org.sendplan.portal.finance;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.UiTest;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.plans.ActionDraft;
import org.sendplan.portal.plans.ActionService;
import org.sendplan.portal.plans.PlanFixtures;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.plans.SavingEstimate;
import org.sendplan.portal.plans.ThemeDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A forecast read with a delivery plan: the plan's action savings, phased by timescale, reduce expenditure "with the plan". */
class ForecastWithThePlanTests extends UiTest {

    @Autowired
    HighNeedsForecastService forecasts;

    @Autowired
    PlanService plans;

    @Autowired
    ActionService actions;

    @Test
    void withThePlanTheActionsPhasedSavingsReduceExpenditureAndAsIsIgnoresThem() {
        PlanSummary plan = planWithSavings();
        signedIn.as("solihull.finance");
        HighNeedsForecastDetails forecast = forecast();
        forecast = forecasts.readWithPlan(forecast.id(), forecast.version(), plan.id());

        assertThat(forecast.planTitle()).isEqualTo("Solihull plan with savings");
        assertThat(forecast.planSavings())
                .extracting(PlannedSaving::activity)
                .containsExactly("Open more resourced provisions", "Review top-up bands");
        HighNeedsForecastTotals withPlan = forecast.totals(ForecastScenario.WITH_THE_PLAN);
        assertThat(withPlan.totalExpenditure().in(ForecastFixture.FIRST)).isEqualByComparingTo("22960000");
        assertThat(withPlan.totalExpenditure().in(ForecastFixture.FIRST.plusYears(2)))
                .isEqualByComparingTo("27090000");
        assertThat(forecast.totals(ForecastScenario.AS_IS).totalExpenditure().in(ForecastFixture.FIRST))
                .isEqualByComparingTo("23000000");
        assertThat(forecasts.history(forecast.id()).getFirst().summary())
                .isEqualTo("Read with the delivery plan 'Solihull plan with savings'");
        assertThat(new String(
                        FinanceExports.forecast(forecast, ForecastScenario.WITH_THE_PLAN)
                                .csv(),
                        StandardCharsets.UTF_8))
                .contains(
                        "Open more resourced provisions,Savings from the plan,-30000.00,-60000.00,-90000.00,-90000.00,-90000.00");
    }

    @Test
    void typedPlanSavingsAndPlanSavingsAreNeverCountedTwice() {
        PlanSummary plan = planWithSavings();
        signedIn.as("solihull.finance");
        HighNeedsForecastDetails forecast = forecast();
        List<ForecastLineDraft> typed = new ArrayList<>(ForecastFixture.LINES);
        typed.add(ForecastFixture.line(ForecastLineKind.PLAN_SAVING, "Savings from the plan", "-200", "", "", "", ""));
        HighNeedsForecastDetails withTyped = forecasts.saveLines(forecast.id(), forecast.version(), typed);
        assertThatThrownBy(() -> forecasts.readWithPlan(withTyped.id(), withTyped.version(), plan.id()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("planId"))
                .hasMessageStartingWith("'Savings from the plan' is a typed line of savings from the plan.");
        HighNeedsForecastDetails cleared =
                forecasts.saveLines(withTyped.id(), withTyped.version(), ForecastFixture.LINES);
        HighNeedsForecastDetails read = forecasts.readWithPlan(cleared.id(), cleared.version(), plan.id());
        assertThatThrownBy(() -> forecasts.saveLines(read.id(), read.version(), typed))
                .isInstanceOf(InvalidInputException.class);
        assertThat(forecasts.find(read.id()).orElseThrow().lines()).isEqualTo(ForecastFixture.LINES);
    }

    @Test
    void anotherLocalAuthoritysPlanCannotBeChosenAndABoardMemberCannotChooseOne() {
        PlanSummary plan = planWithSavings();
        signedIn.as("kingston.finance");
        HighNeedsForecastDetails forecast = forecast();
        assertThatThrownBy(() -> forecasts.readWithPlan(forecast.id(), forecast.version(), plan.id()))
                .hasMessage("That delivery plan is not in this local authority");
        signedIn.as("kingston.board");
        assertThatThrownBy(() -> forecasts.readWithPlan(forecast.id(), forecast.version(), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNewVersionIsReadWithTheSamePlan() {
        PlanSummary plan = planWithSavings();
        signedIn.as("solihull.finance");
        HighNeedsForecastDetails forecast = forecast();
        forecast = forecasts.readWithPlan(forecast.id(), forecast.version(), plan.id());
        assertThat(forecasts.copyAsNewVersion(forecast.id(), "Q2 monitoring").planId())
                .isEqualTo(plan.id());
    }

    @Test
    void aFinanceOfficerChoosesThePlanAndThePageShowsWhereTheSavingsComeFrom() {
        PlanSummary plan = planWithSavings();
        signedIn.as("solihull.finance");
        HighNeedsForecastDetails forecast = forecast();
        signedIn.out();
        signInAndOpen("solihull.finance", "t/solihull/finance/forecasts/" + forecast.id());
        _click(_get(Button.class, spec -> spec.withText("Choose the delivery plan")));
        @SuppressWarnings("unchecked")
        ComboBox<PlanSummary> chooser = _get(ComboBox.class, spec -> spec.withLabel("Delivery plan"));
        chooser.setValue(chooser.getListDataView()
                .getItems()
                .filter(p -> p.id().equals(plan.id()))
                .findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(_get(_get(Paragraph.class, spec -> spec.withId("forecast-plan")), Anchor.class)
                        .getText())
                .isEqualTo("Solihull plan with savings");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<ForecastScenario> scenario = _get(RadioButtonGroup.class);
        scenario.setValue(ForecastScenario.WITH_THE_PLAN);
        Grid<?> sources = grid("Savings from the plan by action");
        assertThat(GridKt._getFormatted(sources, 0, "detail"))
                .isEqualTo("Getting it Right for Learners with High Needs · 1-3 years (phased over 3 years)");
        assertThat(GridKt._getFormatted(sources, 0, "2018/19")).isEqualTo("-£30k");
        assertThat(GridKt._getFormatted(sources, 2, "label"))
                .isEqualTo("Total for Getting it Right for Learners with High Needs");
        assertThat(GridKt._getFormatted(sources, 2, "2018/19")).isEqualTo("-£40k");
        assertThat(GridKt._getFormatted(grid("Computed totals, With the plan"), 0, "2018/19"))
                .isEqualTo("£22,960k");
        String svg = _get(Div.class, spec -> spec.withClasses("finance-chart"))
                .getElement()
                .getProperty("innerHTML");
        assertThat(svg).contains("(With the plan)").contains("2018/19: expenditure £22,960k");
    }

    private HighNeedsForecastDetails forecast() {
        HighNeedsForecastDetails created = forecasts.create(ForecastFixture.DRAFT);
        return forecasts.saveLines(created.id(), created.version(), ForecastFixture.LINES);
    }

    private PlanSummary planWithSavings() {
        signedIn.as("solihull.officer");
        PlanSummary plan = plans.create(PlanFixtures.draft("Solihull plan with savings"));
        ThemeDetails theme = plans.addTheme(plan.id(), "Getting it Right for Learners with High Needs");
        actions.add(
                plan.id(),
                action(
                        theme,
                        "Open more resourced provisions",
                        "1-3 years",
                        List.of(new SavingEstimate(ForecastFixture.FIRST, new BigDecimal("90000")))));
        actions.add(
                plan.id(),
                action(
                        theme,
                        "Review top-up bands",
                        "Now",
                        List.of(
                                new SavingEstimate(ForecastFixture.FIRST, new BigDecimal("10000")),
                                new SavingEstimate(ForecastFixture.FIRST.plusYears(2), new BigDecimal("20000")))));
        actions.add(plan.id(), action(theme, "Refresh the Local Offer", "Now", List.of()));
        signedIn.out();
        return plan;
    }

    private static ActionDraft action(
            ThemeDetails theme, String activity, String timescale, List<SavingEstimate> estimates) {
        ActionDraft d = PlanFixtures.action(theme, activity);
        return new ActionDraft(
                d.themeId(),
                d.activity(),
                d.measure(),
                d.expectedChange(),
                d.rationale(),
                d.savingsRating(),
                d.savingsNarrative(),
                timescale,
                d.lead(),
                d.capacityNote(),
                null,
                null,
                d.status(),
                List.of(),
                List.of(),
                estimates);
    }

    private static Grid<?> grid(String ariaLabel) {
        return _get(
                Grid.class,
                spec -> spec.withPredicate(
                        g -> ariaLabel.equals(((Grid<?>) g).getAriaLabel().orElse(null))));
    }
}
