package org.sendplan.portal.finance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.finance.ServiceBudgetLineDraft;

/** A service's budget last year and this year. */
@Entity
@Table(name = "service_budget_line")
class ServiceBudgetLine {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private int position;
    private String service;

    @Column(name = "last_year_budget")
    private BigDecimal lastYearBudget;

    @Column(name = "this_year_budget")
    private BigDecimal thisYearBudget;

    protected ServiceBudgetLine() {}

    ServiceBudgetLine(int position, ServiceBudgetLineDraft draft) {
        this.id = UUID.randomUUID();
        this.position = position;
        this.service = draft.service().trim();
        this.lastYearBudget = draft.lastYearBudget();
        this.thisYearBudget = draft.thisYearBudget();
    }

    ServiceBudgetLineDraft toDraft() {
        return new ServiceBudgetLineDraft(service, lastYearBudget, thisYearBudget);
    }
}
