package org.sendplan.portal.finance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.MoneyUnit;

/**
 * The heading of a High Needs forecast: its title, which version it is ("budget setting Feb",
 * "Q2 monitoring"), its years, its unit and the deficit brought forward into the first year.
 */
public record ForecastDraft(
        @NotBlank(message = "Enter a title") @Size(max = 200, message = "Keep the title under 200 characters")
        String title,

        @NotBlank(message = "Name the version, such as 'Budget setting February'")
        @Size(max = 120, message = "Keep the version name under 120 characters")
        String versionLabel,

        @NotNull(message = "Choose the unit the forecast is printed in")
        MoneyUnit unit,

        @NotNull(message = "Choose the first financial year")
        FinancialYear firstYear,

        @Min(value = 1, message = "A forecast covers at least one year")
        @Max(value = 10, message = "A forecast covers at most ten years")
        int numberOfYears,

        @NotNull(message = "Enter the deficit brought forward, or 0")
        BigDecimal openingDeficit)
        implements Serializable {

    public List<FinancialYear> years() {
        return firstYear == null
                ? List.of()
                : IntStream.range(0, numberOfYears)
                        .mapToObj(firstYear::plusYears)
                        .toList();
    }
}
