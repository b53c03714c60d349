package org.sendplan.portal.finance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One forecast line's figure in one financial year. */
@Entity
@Table(name = "high_needs_forecast_amount")
class HighNeedsForecastAmount {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "financial_year")
    private int financialYear;

    private BigDecimal amount;

    protected HighNeedsForecastAmount() {}

    HighNeedsForecastAmount(int financialYear, BigDecimal amount) {
        this.id = UUID.randomUUID();
        this.financialYear = financialYear;
        this.amount = amount;
    }

    int financialYear() {
        return financialYear;
    }

    BigDecimal amount() {
        return amount;
    }
}
