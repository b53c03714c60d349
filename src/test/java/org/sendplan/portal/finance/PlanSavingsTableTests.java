package org.sendplan.portal.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.plans.ActionSavings;
import org.sendplan.portal.plans.SavingEstimate;

/** Savings from the plan: per action, per theme and per year, planned against delivered, every total computed. */
class PlanSavingsTableTests {

    static final FinancialYear Y1 = FinancialYear.parse("2024/25");
    static final FinancialYear Y2 = FinancialYear.parse("2025/26");
    static final FinancialYear Y3 = FinancialYear.parse("2026/27");
    static final UUID PLAN = UUID.randomUUID();

    static final PlanSavingsTable TABLE = new PlanSavingsTable(
            PLAN,
            "SEND & Inclusion delivery plan",
            List.of(
                    action(
                            "Promoting Inclusion",
                            "Review the SEND Provision Matrix",
                            List.of(s(Y1, "10000"), s(Y2, "20000")),
                            List.of(s(Y1, "7250.50"))),
                    action("Promoting Inclusion", "Inclusion Quality Mark", List.of(s(Y2, "5000")), List.of()),
                    action("SEND Transport", "Independent Travel Training", List.of(), List.of(s(Y3, "1200")))));

    @Test
    void eachThemeIsFollowedByItsSubtotalAndThePlanEndsWithItsTotal() {
        assertThat(TABLE.rows())
                .extracting(PlanSavingsTable.Row::label)
                .containsExactly(
                        "Review the SEND Provision Matrix",
                        "Inclusion Quality Mark",
                        "Total for Promoting Inclusion",
                        "Independent Travel Training",
                        "Total for SEND Transport",
                        "Total savings from the plan");
        PlanSavingsTable.Row inclusion = TABLE.rows().get(2);
        assertThat(inclusion.computed()).isTrue();
        assertThat(inclusion.planned().in(Y2)).isEqualByComparingTo("25000");
        assertThat(inclusion.delivered().in(Y1)).isEqualByComparingTo("7250.50");
        assertThat(inclusion.totalPlanned()).isEqualByComparingTo("35000");
    }

    @Test
    void theGrandTotalIsTheSumOfTheActionsNotOfTheSubtotalsAsWell() {
        PlanSavingsTable.Row total = TABLE.grandTotal();
        assertThat(total.totalPlanned()).isEqualByComparingTo("35000");
        assertThat(total.totalDelivered()).isEqualByComparingTo("8450.50");
        assertThat(total.delivered().in(Y3)).isEqualByComparingTo("1200");
    }

    @Test
    void theYearsAreEveryYearWithAnEstimateOrADeliveredSavingAndEmptyYearsCountAsNothing() {
        assertThat(TABLE.years()).containsExactly(Y1, Y2, Y3);
        assertThat(TABLE.rows().get(1).planned().in(Y1)).isEqualByComparingTo("0");
    }

    @Test
    void aPlanWithoutActionsHasOnlyAZeroTotal() {
        PlanSavingsTable empty = new PlanSavingsTable(PLAN, "Empty", List.of());
        assertThat(empty.rows())
                .singleElement()
                .satisfies(r -> assertThat(r.totalPlanned()).isEqualByComparingTo("0"));
        assertThat(empty.years()).isEmpty();
    }

    @Test
    void theExportHoldsPlannedAndDeliveredPerYearWithTheComputedTotals() {
        String csv = new String(FinanceExports.planSavings(TABLE).csv(), StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith(
                        "Action,Theme,2024/25 planned (£),2024/25 delivered (£),2025/26 planned (£),2025/26 delivered (£),"
                                + "2026/27 planned (£),2026/27 delivered (£),Total planned (£),Total delivered (£)")
                .contains(
                        "Review the SEND Provision Matrix,Promoting Inclusion,10000.00,7250.50,20000.00,0.00,0.00,0.00,30000.00,7250.50")
                .contains("Total savings from the plan,,10000.00,7250.50,25000.00,0.00,0.00,1200.00,35000.00,8450.50");
        assertThat(FinanceExports.planSavings(TABLE).xlsx()).isNotEmpty();
    }

    static ActionSavings action(
            String theme, String activity, List<SavingEstimate> planned, List<SavingEstimate> delivered) {
        return new ActionSavings(UUID.randomUUID(), PLAN, theme, activity, "1-3 years", planned, delivered);
    }

    static SavingEstimate s(FinancialYear year, String amount) {
        return new SavingEstimate(year, new BigDecimal(amount));
    }
}
