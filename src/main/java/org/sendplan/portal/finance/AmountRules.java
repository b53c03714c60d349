package org.sendplan.portal.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.InvalidInputException;

/** Checks every finance table applies to the figures on its lines, with messages that name the line. */
final class AmountRules {

    /** The largest amount a numeric(14,2) column holds. */
    private static final BigDecimal LARGEST = new BigDecimal("999999999999.99");

    private AmountRules() {}

    /** The amount to the penny, so equal amounts are equal records; a fraction of a penny is refused, never rounded. */
    static BigDecimal pennies(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(amount.toPlainString() + " has fractions of a penny");
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    static void checkYears(String lineName, YearlyAmounts amounts, List<FinancialYear> years) {
        for (var entry : amounts.byYear().entrySet()) {
            if (!years.contains(entry.getKey())) {
                throw new InvalidInputException("'" + lineName + "' has a figure for " + entry.getKey()
                        + ", which is outside this table's years " + years.getFirst() + " to " + years.getLast());
            }
            checkSize(lineName, entry.getValue());
        }
    }

    static void checkSize(String lineName, BigDecimal amount) {
        if (amount != null && amount.abs().compareTo(LARGEST) > 0) {
            throw new InvalidInputException(
                    "'" + lineName + "' has an amount too large to hold: " + amount.toPlainString());
        }
    }

    static String required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("Every line needs " + what);
        }
        return text.trim();
    }
}
