package org.sendplan.portal.plans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sendplan.portal.common.FinancialYear;

/** What an officer types to create a plan or change its heading. */
public record PlanDraft(
        @NotBlank(message = "Enter the plan's title") @Size(max = 200, message = "Keep the title to 200 characters")
        String title,

        @NotNull(message = "Choose the first financial year")
        FinancialYear firstYear,

        @NotNull(message = "Choose the last financial year") FinancialYear lastYear,
        String description) {}
