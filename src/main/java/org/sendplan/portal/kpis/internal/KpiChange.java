package org.sendplan.portal.kpis.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.kpis.KpiChangeRecord;

/** One entry in a KPI's history: who changed its definition or figures, when, and what they did. */
@Entity
@Immutable
@Table(name = "kpi_change")
public class KpiChange {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "kpi_id")
    private UUID kpiId;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    private String summary;

    protected KpiChange() {}

    public KpiChange(UUID kpiId, String changedBy, String summary) {
        this.id = UUID.randomUUID();
        this.kpiId = kpiId;
        this.changedAt = Instant.now();
        this.changedBy = changedBy;
        this.summary = summary;
    }

    public KpiChangeRecord toRecord() {
        return new KpiChangeRecord(changedAt, changedBy, summary);
    }
}
