package org.sendplan.portal.kpis.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.springframework.data.domain.Persistable;

/** One organisation's figure for one KPI and period, from one accepted return (the source). */
@Entity
@Table(name = "kpi_collected_value")
public class CollectedKpiValue implements Persistable<UUID> {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "kpi_id")
    private UUID kpiId;

    @Column(name = "source_id")
    private UUID sourceId;

    @Column(name = "organisation_id")
    private UUID organisationId;

    @Column(name = "period_start")
    private LocalDate periodStart;

    private BigDecimal numerator;

    private BigDecimal denominator;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    // A return's figures are always new rows; saying so spares a select per figure before each insert.
    @Transient
    private boolean fresh = true;

    protected CollectedKpiValue() {}

    public CollectedKpiValue(
            UUID kpiId,
            UUID sourceId,
            UUID organisationId,
            LocalDate periodStart,
            BigDecimal numerator,
            BigDecimal denominator) {
        this.id = UUID.randomUUID();
        this.kpiId = kpiId;
        this.sourceId = sourceId;
        this.organisationId = organisationId;
        this.periodStart = periodStart;
        this.numerator = numerator;
        this.denominator = denominator;
        this.recordedAt = Instant.now();
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }

    public UUID kpiId() {
        return kpiId;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public BigDecimal numerator() {
        return numerator;
    }

    public BigDecimal denominator() {
        return denominator;
    }
}
