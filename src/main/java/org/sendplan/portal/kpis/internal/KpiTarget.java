package org.sendplan.portal.kpis.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A KPI's target for one period. */
@Entity
@Table(name = "kpi_target")
class KpiTarget {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "period_start")
    private LocalDate periodStart;

    private BigDecimal target;

    protected KpiTarget() {}

    KpiTarget(LocalDate periodStart, BigDecimal target) {
        this.id = UUID.randomUUID();
        this.periodStart = periodStart;
        this.target = target;
    }

    void change(BigDecimal newTarget) {
        this.target = newTarget;
    }

    LocalDate periodStart() {
        return periodStart;
    }

    BigDecimal target() {
        return target;
    }
}
