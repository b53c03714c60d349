package org.sendplan.portal.plans.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.plans.SavingEstimate;

@Entity
@Table(name = "action_saving")
class Saving {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "financial_year")
    private int financialYear;

    private BigDecimal amount;

    protected Saving() {}

    Saving(SavingEstimate estimate) {
        this.id = UUID.randomUUID();
        this.financialYear = estimate.year().startYear();
        this.amount = estimate.amount();
    }

    SavingEstimate toEstimate() {
        return new SavingEstimate(new FinancialYear(financialYear), amount);
    }
}
