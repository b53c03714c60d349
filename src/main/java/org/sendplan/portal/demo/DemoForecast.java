package org.sendplan.portal.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.MoneyUnit;
import org.sendplan.portal.finance.ForecastDraft;
import org.sendplan.portal.finance.ForecastLineDraft;
import org.sendplan.portal.finance.ForecastLineKind;
import org.sendplan.portal.finance.HighNeedsForecastDetails;
import org.sendplan.portal.finance.HighNeedsForecastService;
import org.sendplan.portal.finance.YearlyAmounts;
import org.sendplan.portal.tenancy.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** A three-year High Needs forecast read with the demo delivery plan, so "With the plan" shows the plan's savings phased in. */
@Component
class DemoForecast {

    private static final FinancialYear FIRST = FinancialYear.parse("2025/26");

    private final HighNeedsForecastService forecasts;

    DemoForecast(HighNeedsForecastService forecasts) {
        this.forecasts = forecasts;
    }

    /** Runs inside the tenant's scope, as a finance officer. */
    void seed(UUID planId) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "demo-data", null, AuthorityUtils.createAuthorityList(Role.FINANCE_OFFICER.authority())));
        try {
            HighNeedsForecastDetails forecast = forecasts.create(new ForecastDraft(
                    "High Needs Block forecast (demo)",
                    "Budget setting February",
                    MoneyUnit.THOUSANDS,
                    FIRST,
                    3,
                    new BigDecimal("8400000.00")));
            forecast = forecasts.saveLines(
                    forecast.id(),
                    forecast.version(),
                    List.of(
                            line(
                                    ForecastLineKind.EXPENDITURE,
                                    "Place and top-up funding for direct provision",
                                    52000,
                                    55500,
                                    59000),
                            line(ForecastLineKind.EXPENDITURE, "LA DSG-funded services", 6200, 6300, 6400),
                            line(ForecastLineKind.FUNDING, "High Needs Block allocation", -50100, -52300, -54500),
                            line(ForecastLineKind.CONTRIBUTION, "LA contribution to the deficit", 0, -1000, -1500)));
            forecasts.readWithPlan(forecast.id(), forecast.version(), planId);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private static ForecastLineDraft line(ForecastLineKind kind, String name, long... thousands) {
        TreeMap<FinancialYear, BigDecimal> amounts = new TreeMap<>();
        for (int i = 0; i < thousands.length; i++) {
            if (thousands[i] != 0) {
                amounts.put(
                        FIRST.plusYears(i),
                        BigDecimal.valueOf(thousands[i] * 1000).setScale(2));
            }
        }
        return new ForecastLineDraft(kind, name, new YearlyAmounts(amounts));
    }
}
