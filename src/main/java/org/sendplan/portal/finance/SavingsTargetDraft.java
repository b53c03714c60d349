package org.sendplan.portal.finance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.MoneyUnit;

/** The heading of a savings table: the year it budgets for and the savings target set for it. */
public record SavingsTargetDraft(
        @NotBlank(message = "Enter a title") @Size(max = 200, message = "Keep the title under 200 characters")
        String title,

        @NotNull(message = "Choose the financial year the budgets are for")
        FinancialYear financialYear,

        @NotNull(message = "Choose the unit the table is printed in")
        MoneyUnit unit,

        @NotNull(message = "Enter the savings target") BigDecimal target)
        implements Serializable {}
