package org.sendplan.portal.finance;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sendplan.portal.common.FinancialYear;

/**
 * Figures per financial year, exact to the penny. A year with no figure counts as nothing, so sums
 * over empty years are zero rather than missing.
 */
public record YearlyAmounts(SortedMap<FinancialYear, BigDecimal> byYear) implements Serializable {

    public static final YearlyAmounts NONE = new YearlyAmounts(new TreeMap<>());

    public YearlyAmounts {
        TreeMap<FinancialYear, BigDecimal> copy = new TreeMap<>();
        byYear.forEach((year, amount) -> {
            if (amount != null) {
                copy.put(year, AmountRules.pennies(amount));
            }
        });
        byYear = Collections.unmodifiableSortedMap(copy);
    }

    public static YearlyAmounts of(Map<FinancialYear, BigDecimal> amounts) {
        return new YearlyAmounts(new TreeMap<>(amounts));
    }

    public BigDecimal in(FinancialYear year) {
        return byYear.getOrDefault(year, BigDecimal.ZERO.setScale(2));
    }

    public boolean hasFigureIn(FinancialYear year) {
        return byYear.containsKey(year);
    }

    public YearlyAmounts plus(YearlyAmounts other) {
        TreeMap<FinancialYear, BigDecimal> sum = new TreeMap<>(byYear);
        other.byYear.forEach((year, amount) -> sum.merge(year, amount, BigDecimal::add));
        return new YearlyAmounts(sum);
    }

    public YearlyAmounts negated() {
        TreeMap<FinancialYear, BigDecimal> negated = new TreeMap<>();
        byYear.forEach((year, amount) -> negated.put(year, amount.negate()));
        return new YearlyAmounts(negated);
    }

    /** The sum from {@code from} to {@code to}, both included. */
    public BigDecimal totalOver(FinancialYear from, FinancialYear to) {
        return byYear.subMap(from, to.next()).values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
