package org.sendplan.portal.finance;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.plans.ActionSavings;
import org.sendplan.portal.plans.SavingEstimate;

/**
 * Savings from the plan: planned (the actions' estimates) against delivered, per action, with a subtotal
 * per theme and a grand total, one pair of columns per financial year. Every total is computed here.
 */
public record PlanSavingsTable(UUID planId, String planTitle, List<ActionSavings> actions) implements Serializable {

    /** An action's row (with its ids, for a link) or a computed total (ids null). */
    public record Row(
            String label, String theme, UUID planId, UUID actionId, YearlyAmounts planned, YearlyAmounts delivered)
            implements Serializable {

        public boolean computed() {
            return actionId == null;
        }

        public BigDecimal totalPlanned() {
            return planned.byYear().values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }

        public BigDecimal totalDelivered() {
            return delivered.byYear().values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }
    }

    /** Every year any action has an estimate or a delivered saving in, in order. */
    public List<FinancialYear> years() {
        TreeSet<FinancialYear> years = new TreeSet<>();
        actions.forEach(a -> years.addAll(a.years()));
        return List.copyOf(years);
    }

    /** Each theme's actions then the theme's subtotal, in plan order, then the plan's total. */
    public List<Row> rows() {
        Map<String, List<Row>> byTheme = new LinkedHashMap<>();
        for (ActionSavings a : actions) {
            byTheme.computeIfAbsent(a.themeTitle(), theme -> new ArrayList<>())
                    .add(new Row(
                            a.activity(),
                            a.themeTitle(),
                            a.planId(),
                            a.actionId(),
                            amounts(a.estimated()),
                            amounts(a.delivered())));
        }
        List<Row> rows = new ArrayList<>();
        byTheme.forEach((theme, themeRows) -> {
            rows.addAll(themeRows);
            rows.add(total("Total for " + theme, theme, themeRows));
        });
        rows.add(total(
                "Total savings from the plan",
                "",
                rows.stream().filter(r -> !r.computed()).toList()));
        return rows;
    }

    public Row grandTotal() {
        return rows().getLast();
    }

    private static Row total(String label, String theme, List<Row> parts) {
        YearlyAmounts planned = parts.stream().map(Row::planned).reduce(YearlyAmounts.NONE, YearlyAmounts::plus);
        YearlyAmounts delivered = parts.stream().map(Row::delivered).reduce(YearlyAmounts.NONE, YearlyAmounts::plus);
        return new Row(label, theme, null, null, planned, delivered);
    }

    private static YearlyAmounts amounts(List<SavingEstimate> savings) {
        TreeMap<FinancialYear, BigDecimal> byYear = new TreeMap<>();
        savings.forEach(s -> byYear.merge(s.year(), s.amount(), BigDecimal::add));
        return new YearlyAmounts(byYear);
    }
}
