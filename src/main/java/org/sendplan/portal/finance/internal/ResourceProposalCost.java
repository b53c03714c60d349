package org.sendplan.portal.finance.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The cost of one proposal item in one financial year. */
@Entity
@Table(name = "resource_proposal_cost")
class ResourceProposalCost extends YearAmount {

    protected ResourceProposalCost() {}

    ResourceProposalCost(int financialYear, BigDecimal amount) {
        super(financialYear, amount);
    }
}
