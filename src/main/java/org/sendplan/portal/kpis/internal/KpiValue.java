package org.sendplan.portal.kpis.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.common.ReportingPeriod;
import org.sendplan.portal.kpis.KpiBreakdown;
import org.sendplan.portal.kpis.RecordedValue;

/** A figure the LA entered for one period: overall when breakdown and category are empty. */
@Entity
@Table(name = "kpi_value")
class KpiValue {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "period_start")
    private LocalDate periodStart;

    // Empty rather than null for the overall figure, so the unique constraint covers it.
    private String breakdown;

    private String category;

    private BigDecimal numerator;

    private BigDecimal denominator;

    @Column(name = "entered_by")
    private String enteredBy;

    @Column(name = "entered_at")
    private Instant enteredAt;

    protected KpiValue() {}

    KpiValue(
            LocalDate periodStart,
            KpiBreakdown breakdown,
            String category,
            BigDecimal numerator,
            BigDecimal denominator,
            String by) {
        this.id = UUID.randomUUID();
        this.periodStart = periodStart;
        this.breakdown = breakdown == null ? "" : breakdown.name();
        this.category = breakdown == null || category == null ? "" : category.trim();
        this.numerator = numerator;
        this.denominator = denominator;
        this.enteredBy = by;
        this.enteredAt = Instant.now();
    }

    boolean isFor(LocalDate start, KpiBreakdown wantedBreakdown, String wantedCategory) {
        String b = wantedBreakdown == null ? "" : wantedBreakdown.name();
        String c = wantedBreakdown == null || wantedCategory == null ? "" : wantedCategory.trim();
        return periodStart.equals(start) && breakdown.equals(b) && category.equalsIgnoreCase(c);
    }

    LocalDate periodStart() {
        return periodStart;
    }

    RecordedValue toRecord(ReportingPeriod period) {
        return new RecordedValue(
                period,
                breakdown.isEmpty() ? null : KpiBreakdown.valueOf(breakdown),
                category.isEmpty() ? null : category,
                numerator,
                denominator,
                enteredBy,
                enteredAt);
    }
}
