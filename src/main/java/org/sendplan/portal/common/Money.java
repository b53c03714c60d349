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
        BigDecimal amount = readFigure(text, text == null ? "" : text);
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("'" + text + "' has fractions of a penny");
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * Reads a figure typed into a table printed in {@code unit}: "37" or "37k" in a £000s table is
     * £37,000; "1.176m" in a £m table is £1,176,000. A figure that comes to a fraction of a penny is refused.
     */
    public static BigDecimal parse(String text, MoneyUnit unit) {
        String figure = text == null ? "" : text.trim();
        MoneyUnit written = unit;
        for (MoneyUnit candidate : MoneyUnit.values()) {
            String suffix = candidate.suffix();
            if (!suffix.isEmpty() && figure.toLowerCase(Locale.UK).endsWith(suffix)) {
                written = candidate;
                figure = figure.substring(0, figure.length() - suffix.length());
            }
        }
        BigDecimal pounds = readFigure(text, figure).movePointRight(written.powerOfTen());
        if (pounds.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("'" + text + "' comes to a fraction of a penny");
        }
        return pounds.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** "£1,234" for whole pounds, "£1,234.50" otherwise; negatives as "-£1,234". */
    public static String format(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat(amount.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0", UK);
        String digits = format.format(amount.abs());
        return (amount.signum() < 0 ? "-£" : "£") + digits;
    }

    /**
     * Writes an amount as a table in {@code unit} prints it, without hiding any pound: £1,176k and
     * £1.176m for 1,176,000, but £1,176.5k for 1,176,500.
     */
    public static String format(BigDecimal amount, MoneyUnit unit) {
        if (unit == MoneyUnit.POUNDS) {
            return format(amount);
        }
        BigDecimal scaled = amount.movePointLeft(unit.powerOfTen()).stripTrailingZeros();
        int decimals = Math.max(0, scaled.scale());
        DecimalFormat format = new DecimalFormat("#,##0", UK);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return (amount.signum() < 0 ? "-£" : "£") + format.format(scaled.abs()) + unit.suffix();
    }

    private static BigDecimal readFigure(String original, String text) {
        String cleaned = text.trim().replace("£", "").replace(",", "").replace(" ", "");
        if (cleaned.startsWith("(") && cleaned.endsWith(")")) {
            cleaned = "-" + cleaned.substring(1, cleaned.length() - 1);
        }
        try {
            return new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("'" + original + "' is not an amount of money like 1,234.50");
        }
    }
}
