package org.sendplan.portal.kpis;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import org.sendplan.portal.common.ReportingPeriod;

/** A figure the LA entered, overall (no breakdown) or for one category, with who entered it and when. */
public record RecordedValue(
        ReportingPeriod period,
        KpiBreakdown breakdown,
        String category,
        BigDecimal numerator,
        BigDecimal denominator,
        String enteredBy,
        Instant enteredAt)
        implements Serializable {

    public boolean overall() {
        return breakdown == null;
    }
}
