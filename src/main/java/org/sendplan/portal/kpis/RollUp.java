package org.sendplan.portal.kpis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How organisations' figures for one period make the area's figure. A percentage is never an average
 * of percentages: a school of 10 pupils would weigh as much as one of 1,000.
 */
public enum RollUp {
    SUM("sum"),
    RATIO("sum of numerators ÷ sum of denominators"),
    MEAN("average of the organisations' figures");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String label;

    RollUp(String label) {
        this.label = label;
    }

    /** As the KPI page says it: "rolled up as: sum". */
    public String label() {
        return label;
    }

    /**
     * The area's figure from the summed numerators, summed denominators and the number of
     * organisations, to {@code scale} decimal places; null when nothing was collected.
     */
    public BigDecimal combine(BigDecimal numerators, BigDecimal denominators, long organisations, int scale) {
        if (organisations == 0) {
            return null;
        }
        return switch (this) {
            case SUM -> numerators.setScale(scale, RoundingMode.HALF_UP);
            case RATIO ->
                denominators == null || denominators.signum() == 0
                        ? null
                        : numerators.multiply(HUNDRED).divide(denominators, scale, RoundingMode.HALF_UP);
            case MEAN -> numerators.divide(BigDecimal.valueOf(organisations), scale, RoundingMode.HALF_UP);
        };
    }
}
