package org.sendplan.portal.plans;

import java.io.Serializable;
import java.math.BigDecimal;
import org.sendplan.portal.common.FinancialYear;

/** An action's estimated and delivered savings in one financial year; the difference is computed, never typed. */
public record YearSavings(FinancialYear year, BigDecimal planned, BigDecimal delivered) implements Serializable {

    /** Positive when more was delivered than planned. */
    public BigDecimal difference() {
        return delivered.subtract(planned);
    }
}
