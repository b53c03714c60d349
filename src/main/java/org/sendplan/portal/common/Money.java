package org.sendplan.portal.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts of money are {@link BigDecimal} pounds held to the penny, never floating point. This class
 * reads what people type ("£1,234.50", "(2,000)", "-2000") and writes amounts as UK papers do.
 */
public final class Money {

    private static final DecimalFormatSymbols UK = DecimalFormatSymbols.getInstance(Locale.UK);

    private Money() {}

    /** Reads an amount in pounds; brackets mean negative, as in accounts. Refuses fractions of a penny. */
    public static BigDecimal parse(String text) {
        String cleaned = text == null ? "" : text.trim().replace("£", "").replace(",", "").replace(" ", "");
        boolean bracketed = cleaned.startsWith("(") && cleaned.endsWith(")");
        if (bracketed) {
            cleaned = "-" + cleaned.substring(1, cleaned.length() - 1);
        }
        try {
            BigDecimal amount = new BigDecimal(cleaned);
            if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
                throw new InvalidInputException("'" + text + "' has fractions of a penny");
            }
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("'" + text + "' is not an amount of money like 1,234.50");
        }
    }

    /** "£1,234" for whole pounds, "£1,234.50" otherwise; negatives as "-£1,234". */
    public static String format(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat(amount.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0", UK);
        String digits = format.format(amount.abs());
        return (amount.signum() < 0 ? "-£" : "£") + digits;
    }
}
