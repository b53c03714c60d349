package org.sendplan.portal.finance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.MoneyUnit;

/** What a finance officer fills in to start or retitle a proposal: its years and the unit it is printed in. */
public record ProposalDraft(
        @NotBlank(message = "Enter a title") @Size(max = 200, message = "Keep the title under 200 characters")
        String title,

        @Size(max = 4000, message = "Keep the purpose under 4,000 characters")
        String purpose,

        @NotNull(message = "Choose the unit the proposal is printed in")
        MoneyUnit unit,

        @NotNull(message = "Choose the first financial year")
        FinancialYear firstYear,

        @Min(value = 1, message = "A proposal covers at least one year")
        @Max(value = 10, message = "A proposal covers at most ten years")
        int numberOfYears)
        implements Serializable {

    /** The financial years the proposal covers, first to last. */
    public List<FinancialYear> years() {
        return firstYear == null
                ? List.of()
                : IntStream.range(0, numberOfYears)
                        .mapToObj(firstYear::plusYears)
                        .toList();
    }
}
