package org.sendplan.portal.finance;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;
import org.sendplan.portal.common.FinancialYear;

/**
 * The computed rows of a High Needs forecast under one scenario. Funding, contributions and plan
 * savings are negative, so each row is a plain sum: shortfall = expenditure + funding (that is,
 * expenditure less funding), remaining overspend = shortfall + contributions, and the cumulative deficit
 * adds each year's remaining overspend to the deficit brought forward.
 */
public record HighNeedsForecastTotals(
        List<ForecastLineDraft> lines, List<FinancialYear> years, BigDecimal openingDeficit, ForecastScenario scenario)
        implements Serializable {

    /** Expenditure lines, less the plan's savings when the scenario includes the plan. */
    public YearlyAmounts totalExpenditure() {
        YearlyAmounts expenditure = sumOf(ForecastLineKind.EXPENDITURE);
        return scenario == ForecastScenario.WITH_THE_PLAN
                ? expenditure.plus(sumOf(ForecastLineKind.PLAN_SAVING))
                : expenditure;
    }

    public YearlyAmounts funding() {
        return sumOf(ForecastLineKind.FUNDING);
    }

    /** The budget pressure: expenditure the funding does not cover. */
    public YearlyAmounts shortfall() {
        return totalExpenditure().plus(funding());
    }

    public YearlyAmounts contributions() {
        return sumOf(ForecastLineKind.CONTRIBUTION);
    }

    public YearlyAmounts remainingOverspend() {
        return shortfall().plus(contributions());
    }

    public YearlyAmounts cumulativeDeficit() {
        TreeMap<FinancialYear, BigDecimal> running = new TreeMap<>();
        BigDecimal deficit = openingDeficit.setScale(2);
        YearlyAmounts remaining = remainingOverspend();
        for (FinancialYear year : years) {
            deficit = deficit.add(remaining.in(year));
            running.put(year, deficit);
        }
        return new YearlyAmounts(running);
    }

    // Every year of the table appears, with zero where no line has a figure.
    private YearlyAmounts sumOf(ForecastLineKind kind) {
        TreeMap<FinancialYear, BigDecimal> zeros = new TreeMap<>();
        years.forEach(year -> zeros.put(year, BigDecimal.ZERO));
        return lines.stream()
                .filter(line -> line.kind() == kind)
                .map(ForecastLineDraft::amounts)
                .reduce(new YearlyAmounts(zeros), YearlyAmounts::plus);
    }
}
