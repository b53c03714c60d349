package org.sendplan.portal.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.plans.ActionSavings;
import org.sendplan.portal.plans.SavingEstimate;

/** How a forecast phases in an action's savings by its benefits-realisation timescale. */
class PlanSavingsPhasingTests {

    static final FinancialYear Y1 = FinancialYear.parse("2021/22");
    static final List<FinancialYear> FIVE_YEARS =
            List.of(Y1, Y1.plusYears(1), Y1.plusYears(2), Y1.plusYears(3), Y1.plusYears(4));

    @ParameterizedTest(name = "''{0}'' is {1} year(s)")
    @CsvSource(delimiter = '|', textBlock = """
            Now | 1
            1-3 years | 3
            3-5 years | 5
            5 years | 5
            Now-2 years | 2
            Now 1-3 years | 3
            Each provision takes 2 years to set up and should be full by end of Year 1 (3 years in total) | 3
            Partnerships can be set up within a year | 1
            Likely to be phased implementation from September 2021 | 1
            Now – further risk assessors recruited in Summer 2019 so savings should accrue | 1
            Business case for Pears shows expected savings from avoiding ISP | 1
            """)
    void theSeedPlansTimescalesAreReadAsYearsToRealise(String timescale, int years) {
        assertThat(PlanSavingsPhasing.yearsToRealise(timescale)).isEqualTo(years);
    }

    @Test
    void anEmptyTimescaleCountsAsOneYear() {
        assertThat(PlanSavingsPhasing.yearsToRealise(null)).isEqualTo(1);
        assertThat(PlanSavingsPhasing.yearsToRealise("")).isEqualTo(1);
    }

    @Test
    void aSingleEstimateBuildsUpInEqualStepsOverTheTimescaleThenStaysFull() {
        YearlyAmounts phased = PlanSavingsPhasing.phase(List.of(estimate(Y1.plusYears(1), "90000")), 3, FIVE_YEARS);
        assertThat(phased.byYear()).doesNotContainKey(Y1);
        assertThat(phased.in(Y1)).isEqualByComparingTo("0");
        assertThat(phased.in(Y1.plusYears(1))).isEqualByComparingTo("30000");
        assertThat(phased.in(Y1.plusYears(2))).isEqualByComparingTo("60000");
        assertThat(phased.in(Y1.plusYears(3))).isEqualByComparingTo("90000");
        assertThat(phased.in(Y1.plusYears(4))).isEqualByComparingTo("90000");
    }

    @Test
    void stepsThatFallBetweenPenniesAreRoundedToTheNearestPennyAndTheFullYearIsExact() {
        YearlyAmounts phased = PlanSavingsPhasing.phase(List.of(estimate(Y1, "100")), 3, FIVE_YEARS);
        assertThat(phased.in(Y1)).isEqualTo(new BigDecimal("33.33"));
        assertThat(phased.in(Y1.plusYears(1))).isEqualTo(new BigDecimal("66.67"));
        assertThat(phased.in(Y1.plusYears(2))).isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void aNegativeSavingAnInvestmentIsPhasedTheSameWayAndRoundsSymmetrically() {
        YearlyAmounts phased = PlanSavingsPhasing.phase(List.of(estimate(Y1, "-100")), 3, FIVE_YEARS);
        assertThat(phased.in(Y1)).isEqualTo(new BigDecimal("-33.33"));
        assertThat(phased.in(Y1.plusYears(1))).isEqualTo(new BigDecimal("-66.67"));
        assertThat(phased.in(Y1.plusYears(4))).isEqualTo(new BigDecimal("-100.00"));
    }

    @Test
    void anEstimateStartedBeforeTheForecastIsAlreadyPartWayUpItsSteps() {
        YearlyAmounts phased =
                PlanSavingsPhasing.phase(List.of(estimate(Y1.plusYears(-2), "50000")), 5, List.of(Y1, Y1.next()));
        assertThat(phased.in(Y1)).isEqualByComparingTo("30000");
        assertThat(phased.in(Y1.next())).isEqualByComparingTo("40000");
    }

    @Test
    void estimatesInSeveralYearsAreTheActionsOwnPhasingAndYearsOutsideTheForecastAreLeftOut() {
        YearlyAmounts phased = PlanSavingsPhasing.phase(
                List.of(
                        estimate(Y1.plusYears(-1), "5000"),
                        estimate(Y1.plusYears(1), "20000"),
                        estimate(Y1.plusYears(2), "-1500.55")),
                5,
                FIVE_YEARS);
        assertThat(phased.byYear()).containsOnlyKeys(Y1.plusYears(1), Y1.plusYears(2));
        assertThat(phased.in(Y1.plusYears(2))).isEqualTo(new BigDecimal("-1500.55"));
        assertThat(phased.in(Y1)).isEqualByComparingTo("0");
    }

    @Test
    void anActionWithoutEstimatesSavesNothingInAnyYear() {
        assertThat(PlanSavingsPhasing.phase(List.of(), 3, FIVE_YEARS).byYear()).isEmpty();
    }

    @Test
    void aPlannedSavingReducesExpenditureAsANegativeForecastLine() {
        ActionSavings action = new ActionSavings(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Promoting Inclusion",
                "Inclusion Quality Mark",
                "3-5 years",
                List.of(estimate(Y1, "50000")),
                List.of());
        PlannedSaving saving = PlanSavingsPhasing.phase(action, FIVE_YEARS);
        assertThat(saving.yearsToRealise()).isEqualTo(5);
        assertThat(saving.asForecastLine().kind()).isEqualTo(ForecastLineKind.PLAN_SAVING);
        assertThat(saving.asForecastLine().amounts().in(Y1)).isEqualByComparingTo("-10000");
        assertThat(saving.asForecastLine().amounts().in(Y1.plusYears(4))).isEqualByComparingTo("-50000");
    }

    private static SavingEstimate estimate(FinancialYear year, String amount) {
        return new SavingEstimate(year, new BigDecimal(amount));
    }
}
