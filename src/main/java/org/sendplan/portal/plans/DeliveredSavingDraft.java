package org.sendplan.portal.plans;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.sendplan.portal.common.FinancialYear;

/** What someone records when an action has delivered a saving: how much, in which financial year, on what date, and why. */
public record DeliveredSavingDraft(FinancialYear year, BigDecimal amount, LocalDate recordedOn, String note)
        implements Serializable {}
