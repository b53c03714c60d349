package org.sendplan.portal.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.MoneyUnit;

/** Savings per service line, their sum and what is left of the target. */
class SavingsTargetTotalsTests {

    static final List<ServiceBudgetLineDraft> LINES = List.of(
            new ServiceBudgetLineDraft(
                    "Independent special school placements", new BigDecimal("10674000"), new BigDecimal("10174000")),
            new ServiceBudgetLineDraft(
                    "Home to school transport", new BigDecimal("2500000"), new BigDecimal("2350500")),
            new ServiceBudgetLineDraft("Early help and inclusion", new BigDecimal("400000"), new BigDecimal("450000")));

    private static SavingsTargetDetails table(List<ServiceBudgetLineDraft> lines, String target) {
        return new SavingsTargetDetails(
                null,
                new SavingsTargetDraft(
                        "High Needs savings", FinancialYear.parse("2021/22"), MoneyUnit.POUNDS, new BigDecimal(target)),
                lines,
                null,
                null,
                0);
    }

    @Test
    void aLineSavesLastYearsBudgetLessThisYears() {
        assertThat(LINES.get(1).saving()).isEqualByComparingTo("149500");
    }

    @Test
    void aGrowingBudgetIsANegativeSaving() {
        assertThat(LINES.get(2).saving()).isEqualByComparingTo("-50000");
    }

    @Test
    void theSumOfSavingsNetsGrowthAgainstCuts() {
        assertThat(table(LINES, "1000000").totalSavings()).isEqualByComparingTo("599500");
    }

    @Test
    void whatRemainsOfTheTargetCarriesToNextYear() {
        assertThat(table(LINES, "1000000").remainingTarget()).isEqualByComparingTo("400500");
    }

    @Test
    void savingsBeyondTheTargetLeaveANegativeRemainder() {
        assertThat(table(LINES, "500000").remainingTarget()).isEqualByComparingTo("-99500");
    }

    @Test
    void anEmptyTableSavesNothingAndLeavesTheWholeTarget() {
        SavingsTargetDetails empty = table(List.of(), "250000.50");
        assertThat(empty.totalSavings()).isEqualByComparingTo("0");
        assertThat(empty.remainingTarget()).isEqualByComparingTo("250000.50");
    }
}
