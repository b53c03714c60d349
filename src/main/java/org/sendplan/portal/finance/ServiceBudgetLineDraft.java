package org.sendplan.portal.finance;

import java.io.Serializable;
import java.math.BigDecimal;

/** A service's budget last year and this year; the difference is its saving. */
public record ServiceBudgetLineDraft(String service, BigDecimal lastYearBudget, BigDecimal thisYearBudget)
        implements Serializable {

    public ServiceBudgetLineDraft {
        lastYearBudget = AmountRules.pennies(lastYearBudget);
        thisYearBudget = AmountRules.pennies(thisYearBudget);
    }

    /** Last year less this year: negative when the budget grows. */
    public BigDecimal saving() {
        return lastYearBudget.subtract(thisYearBudget);
    }
}
