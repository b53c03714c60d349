package org.sendplan.portal.kpis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.sendplan.portal.common.Money;

/** What a KPI counts, which decides how its figures are written and how organisations' figures roll up. */
public enum KpiUnit {
    COUNT("Count", RollUp.SUM),
    PERCENTAGE("Percentage", RollUp.RATIO),
    MONEY("Money (£)", RollUp.SUM),
    DAYS("Days", RollUp.MEAN),
    WEEKS("Weeks", RollUp.MEAN);

    private static final DecimalFormatSymbols UK = DecimalFormatSymbols.getInstance(Locale.UK);

    private final String label;
    private final RollUp rollUp;

    KpiUnit(String label, RollUp rollUp) {
        this.label = label;
        this.rollUp = rollUp;
    }

    public String label() {
        return label;
    }

    public RollUp rollUp() {
        return rollUp;
    }

    /** Decimal places a figure of this unit is held and shown to: whole counts, pence, tenths otherwise. */
    public int scale() {
        return switch (this) {
            case COUNT -> 0;
            case MONEY -> 2;
            case PERCENTAGE, DAYS, WEEKS -> 1;
        };
    }

    public BigDecimal round(BigDecimal value) {
        return value.setScale(scale(), RoundingMode.HALF_UP);
    }

    /** "1,234", "64.5%", "£12,000", "12.5 days". */
    public String format(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        if (this == MONEY) {
            return Money.format(value);
        }
        DecimalFormat format = new DecimalFormat("#,##0", UK);
        format.setMaximumFractionDigits(scale());
        String figure = format.format(round(value));
        return switch (this) {
            case PERCENTAGE -> figure + "%";
            case DAYS -> figure + " days";
            case WEEKS -> figure + " weeks";
            case COUNT, MONEY -> figure;
        };
    }
}
