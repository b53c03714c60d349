package org.sendplan.portal.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** Compares the totals a file prints with those computed from its lines, and lists every difference. */
final class PrintedTotals {

    private PrintedTotals() {}

    static void compare(
            int row, String total, YearlyAmounts printed, YearlyAmounts computed, List<Disagreement> disagreements) {
        printed.byYear()
                .forEach((year, amount) ->
                        compare(row, total, year.toString(), amount, computed.in(year), disagreements));
    }

    static void compare(
            int row,
            String total,
            String column,
            BigDecimal printed,
            BigDecimal computed,
            List<Disagreement> disagreements) {
        if (printed.compareTo(computed) != 0) {
            disagreements.add(new Disagreement(row, total, column, printed, computed));
        }
    }

    static boolean isTotalRow(String label) {
        String lower = label.toLowerCase(Locale.UK);
        return lower.startsWith("total")
                || lower.endsWith("total")
                || lower.endsWith("totals:")
                || lower.contains(" total ");
    }
}
