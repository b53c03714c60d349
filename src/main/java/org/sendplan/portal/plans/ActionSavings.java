package org.sendplan.portal.plans;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sendplan.portal.common.FinancialYear;

/**
 * One action's savings: estimated per financial year on the action, and delivered per year (the sum of
 * what has been recorded). Every figure here is exact to the penny; years with nothing count as zero.
 */
public record ActionSavings(
        UUID actionId,
        UUID planId,
        String themeTitle,
        String activity,
        String benefitsRealisation,
        List<SavingEstimate> estimated,
        List<SavingEstimate> delivered)
        implements Serializable {

    private static final BigDecimal NOTHING = BigDecimal.ZERO.setScale(2);

    public BigDecimal plannedIn(FinancialYear year) {
        return sumIn(estimated, year);
    }

    public BigDecimal deliveredIn(FinancialYear year) {
        return sumIn(delivered, year);
    }

    /** Every year with an estimate or a delivered saving, in order. */
    public List<FinancialYear> years() {
        return Stream.concat(estimated.stream(), delivered.stream())
                .map(SavingEstimate::year)
                .collect(Collectors.toCollection(TreeSet::new))
                .stream()
                .toList();
    }

    public List<YearSavings> byYear() {
        return years().stream()
                .map(year -> new YearSavings(year, plannedIn(year), deliveredIn(year)))
                .toList();
    }

    public BigDecimal totalPlanned() {
        return estimated.stream().map(SavingEstimate::amount).reduce(NOTHING, BigDecimal::add);
    }

    public BigDecimal totalDelivered() {
        return delivered.stream().map(SavingEstimate::amount).reduce(NOTHING, BigDecimal::add);
    }

    private static BigDecimal sumIn(List<SavingEstimate> savings, FinancialYear year) {
        return savings.stream()
                .filter(s -> s.year().equals(year))
                .map(SavingEstimate::amount)
                .reduce(NOTHING, BigDecimal::add);
    }
}
