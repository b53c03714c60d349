package org.sendplan.portal.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendplan.portal.finance.ForecastFixture.amounts;
import static org.sendplan.portal.finance.ForecastFixture.line;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.common.FinancialYear;

/** Every computed row of the High Needs forecast, checked against figures worked out by hand. */
class HighNeedsForecastTotalsTests {

    private final List<FinancialYear> years = ForecastFixture.DRAFT.years();

    private HighNeedsForecastTotals totals(List<ForecastLineDraft> lines, ForecastScenario scenario) {
        return new HighNeedsForecastTotals(lines, years, ForecastFixture.DRAFT.openingDeficit(), scenario);
    }

    @Test
    void totalExpenditureAddsEveryExpenditureLine() {
        assertThat(totals(ForecastFixture.LINES, ForecastScenario.AS_IS).totalExpenditure())
                .isEqualTo(amounts("23000", "25600", "27200", "28800", "30400"));
    }

    @Test
    void fundingIsShownNegativeAndAYearWithoutAFigureCountsAsNothing() {
        assertThat(totals(ForecastFixture.LINES, ForecastScenario.AS_IS).funding())
                .isEqualTo(amounts("-19414", "-20414", "-21900", "-23500", "-25000"));
    }

    @Test
    void shortfallIsExpenditureLessFunding() {
        assertThat(totals(ForecastFixture.LINES, ForecastScenario.AS_IS).shortfall())
                .isEqualTo(amounts("3586", "5186", "5300", "5300", "5400"));
    }

    @Test
    void remainingOverspendIsShortfallLessTheLaContribution() {
        assertThat(totals(ForecastFixture.LINES, ForecastScenario.AS_IS).remainingOverspend())
                .isEqualTo(amounts("3586", "5186", "4800", "4300", "4400"));
    }

    @Test
    void cumulativeDeficitAddsEachYearToTheDeficitBroughtForward() {
        assertThat(totals(ForecastFixture.LINES, ForecastScenario.AS_IS).cumulativeDeficit())
                .isEqualTo(amounts("4786", "9972", "14772", "19072", "23472"));
    }

    @Test
    void anEmptyYearCarriesTheDeficitForwardUnchanged() {
        List<ForecastLineDraft> gap = List.of(line(ForecastLineKind.EXPENDITURE, "Top-ups", "100", "", "100", "", ""));
        HighNeedsForecastTotals totals = totals(gap, ForecastScenario.AS_IS);
        assertThat(totals.shortfall().in(FinancialYear.parse("2019/20"))).isEqualByComparingTo("0");
        assertThat(totals.cumulativeDeficit()).isEqualTo(amounts("1300", "1300", "1400", "1400", "1400"));
    }

    @Test
    void aForecastWithNoLinesStillShowsEveryYear() {
        HighNeedsForecastTotals totals = totals(List.of(), ForecastScenario.AS_IS);
        assertThat(totals.totalExpenditure().byYear())
                .hasSize(5)
                .allSatisfy((year, amount) -> assertThat(amount).isEqualByComparingTo("0"));
        assertThat(totals.cumulativeDeficit()).isEqualTo(amounts("1200", "1200", "1200", "1200", "1200"));
    }

    @Test
    void fundingAboveExpenditureGivesANegativeShortfallThatReducesTheDeficit() {
        List<ForecastLineDraft> surplus = List.of(
                line(ForecastLineKind.EXPENDITURE, "Top-ups", "900"),
                line(ForecastLineKind.FUNDING, "High Needs Block allocation", "-1000"));
        HighNeedsForecastTotals totals = totals(surplus, ForecastScenario.AS_IS);
        assertThat(totals.shortfall().in(ForecastFixture.FIRST)).isEqualByComparingTo("-100000");
        assertThat(totals.cumulativeDeficit().in(ForecastFixture.FIRST)).isEqualByComparingTo("1100000");
    }

    @Test
    void pencesAddExactlyWithNoFloatingPointDrift() {
        List<ForecastLineDraft> pennies = List.of(
                new ForecastLineDraft(
                        ForecastLineKind.EXPENDITURE,
                        "A",
                        YearlyAmounts.of(Map.of(ForecastFixture.FIRST, new BigDecimal("0.10")))),
                new ForecastLineDraft(
                        ForecastLineKind.EXPENDITURE,
                        "B",
                        YearlyAmounts.of(Map.of(ForecastFixture.FIRST, new BigDecimal("0.20")))));
        assertThat(totals(pennies, ForecastScenario.AS_IS).totalExpenditure().in(ForecastFixture.FIRST))
                .isEqualTo(new BigDecimal("0.30"));
    }

    @Test
    void thePlansSavingsCountOnlyInTheWithThePlanScenario() {
        List<ForecastLineDraft> withSavings = new ArrayList<>(ForecastFixture.LINES);
        withSavings.add(line(
                ForecastLineKind.PLAN_SAVING,
                "Savings from the SEND improvement plan",
                "",
                "",
                "-200",
                "-400",
                "-600"));
        assertThat(totals(withSavings, ForecastScenario.AS_IS).remainingOverspend())
                .isEqualTo(amounts("3586", "5186", "4800", "4300", "4400"));
        assertThat(totals(withSavings, ForecastScenario.WITH_THE_PLAN).remainingOverspend())
                .isEqualTo(amounts("3586", "5186", "4600", "3900", "3800"));
        assertThat(totals(withSavings, ForecastScenario.WITH_THE_PLAN)
                        .cumulativeDeficit()
                        .in(FinancialYear.parse("2022/23")))
                .isEqualByComparingTo("22272000");
    }
}
