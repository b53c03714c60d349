package org.sendplan.portal.kpis;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * An LA-entered figure for one period, overall (no breakdown) or for one category of a breakdown.
 *
 * @param numerator   the figure, or a percentage's numerator
 * @param denominator a percentage's denominator; null for every other unit
 */
public record KpiValueDraft(
        String period, KpiBreakdown breakdown, String category, BigDecimal numerator, BigDecimal denominator)
        implements Serializable {

    public static KpiValueDraft overall(String period, BigDecimal numerator, BigDecimal denominator) {
        return new KpiValueDraft(period, null, null, numerator, denominator);
    }
}
