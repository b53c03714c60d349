package org.sendplan.portal.finance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** The cost of one proposal item in one financial year. */
@Entity
@Table(name = "resource_proposal_cost")
class ResourceProposalCost {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "financial_year")
    private int financialYear;

    private BigDecimal amount;

    protected ResourceProposalCost() {}

    ResourceProposalCost(int financialYear, BigDecimal amount) {
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
