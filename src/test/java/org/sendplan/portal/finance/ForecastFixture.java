package org.sendplan.portal.finance;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.Money;
import org.sendplan.portal.common.MoneyUnit;

/** A small five-year High Needs forecast in £000s, with its totals worked out by hand. */
final class ForecastFixture {

    static final FinancialYear FIRST = FinancialYear.parse("2018/19");
    static final ForecastDraft DRAFT = new ForecastDraft(
            "High Needs Block forecast",
            "Budget setting February",
            MoneyUnit.THOUSANDS,
            FIRST,
            5,
            new BigDecimal("1200000.00"));

    static final List<ForecastLineDraft> LINES = List.of(
            line(
                    ForecastLineKind.EXPENDITURE,
                    "Place and top-up funding for direct provision",
                    "20000",
                    "22500",
                    "24000",
                    "25500",
                    "27000"),
            line(ForecastLineKind.EXPENDITURE, "LA DSG-funded services", "3000", "3100", "3200", "3300", "3400"),
            line(
                    ForecastLineKind.FUNDING,
                    "High Needs Block allocation",
                    "-19000",
                    "-20000",
                    "-21900",
                    "-23500",
                    "-25000"),
            line(ForecastLineKind.FUNDING, "Additional DfE funding", "-414", "-414", "", "", ""),
            line(ForecastLineKind.CONTRIBUTION, "LA contribution to the deficit", "", "", "-500", "-1000", "-1000"));

    private ForecastFixture() {}

    /** Figures in £000s; a blank is a year with no figure. */
    static ForecastLineDraft line(ForecastLineKind kind, String name, String... thousands) {
        return new ForecastLineDraft(kind, name, amounts(thousands));
    }

    static YearlyAmounts amounts(String... thousands) {
        Map<FinancialYear, BigDecimal> byYear = new LinkedHashMap<>();
        for (int i = 0; i < thousands.length; i++) {
            if (!thousands[i].isBlank()) {
                byYear.put(FIRST.plusYears(i), Money.parse(thousands[i], MoneyUnit.THOUSANDS));
            }
        }
        return YearlyAmounts.of(byYear);
    }
}
