package org.sendplan.portal.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.plans.ActionSavings;
import org.sendplan.portal.plans.SavingEstimate;

/**
 * How a forecast phases in an action's savings (the rule people read in docs/finance.md):
 * <ul>
 * <li>estimates in two or more financial years are the action's own phasing and are taken as they stand;</li>
 * <li>a single estimate is the full-year saving once the benefits are realised. It builds up in equal steps
 *     from its year over the years the benefits-realisation timescale gives ("Now" 1, "1-3 years" 3,
 *     "3-5 years" 5, "Now-2 years" 2), so year k of n saves k/n of it, rounded to the nearest penny, and
 *     every later year saves all of it;</li>
 * <li>a timescale with no number of years ("Now", "within a year", an unreadable note) counts as one year.</li>
 * </ul>
 * Only the forecast's years are kept; a year with no saving counts as nothing.
 */
public final class PlanSavingsPhasing {

    // One or two digits only, so a year such as "September 2021" is not read as 2,021 years.
    private static final Pattern YEARS = Pattern.compile("(?<!\\d)(\\d{1,2})(?!\\d)");

    private PlanSavingsPhasing() {}

    public static PlannedSaving phase(ActionSavings action, List<FinancialYear> years) {
        int n = yearsToRealise(action.benefitsRealisation());
        return new PlannedSaving(
                action.planId(),
                action.actionId(),
                action.themeTitle(),
                action.activity(),
                action.benefitsRealisation(),
                n,
                phase(action.estimated(), n, years));
    }

    static YearlyAmounts phase(List<SavingEstimate> estimates, int yearsToRealise, List<FinancialYear> years) {
        TreeMap<FinancialYear, BigDecimal> phased = new TreeMap<>();
        if (estimates.size() == 1) {
            SavingEstimate full = estimates.getFirst();
            for (FinancialYear year : years) {
                int step = year.startYear() - full.year().startYear() + 1;
                if (step >= 1) {
                    phased.put(
                            year,
                            full.amount()
                                    .multiply(BigDecimal.valueOf(Math.min(step, yearsToRealise)))
                                    .divide(BigDecimal.valueOf(yearsToRealise), 2, RoundingMode.HALF_UP));
                }
            }
        } else {
            estimates.stream()
                    .filter(e -> years.contains(e.year()))
                    .forEach(e -> phased.merge(e.year(), e.amount(), BigDecimal::add));
        }
        return new YearlyAmounts(phased);
    }

    /** The most years a timescale mentions ("3-5 years" is 5), or 1 when it mentions no number of years. */
    static int yearsToRealise(String timescale) {
        if (timescale == null || !timescale.toLowerCase(Locale.UK).contains("year")) {
            return 1;
        }
        int most = 1;
        Matcher number = YEARS.matcher(timescale);
        while (number.find()) {
            most = Math.max(most, Integer.parseInt(number.group(1)));
        }
        return most;
    }
}
