package org.sendplan.portal.finance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One figure in one financial year: the shape every finance table's per-year cells share. */
@MappedSuperclass
abstract class YearAmount {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "financial_year")
    private int financialYear;

    private BigDecimal amount;

    protected YearAmount() {}

    YearAmount(int financialYear, BigDecimal amount) {
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
