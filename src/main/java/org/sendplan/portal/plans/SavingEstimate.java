package org.sendplan.portal.plans;

import java.math.BigDecimal;
import org.sendplan.portal.common.FinancialYear;

/** Pounds an action is expected to save in one financial year. */
public record SavingEstimate(FinancialYear year, BigDecimal amount) {}
