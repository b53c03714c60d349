package org.sendplan.portal.kpis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sendplan.portal.common.ReportingFrequency;
import org.sendplan.portal.plans.PlanService;

/** KPIs as seed 002's delivery plan names its measures, for tests to define. */
final class KpiFixtures {

    private KpiFixtures() {}

    /** "% of learners with EHC plans in mainstream", collected termly from schools, 2 points of amber tolerance. */
    static KpiDraft collectedPercentage(String name) {
        return new KpiDraft(
                name,
                "Learners with EHC plans in mainstream settings, as a share of all learners with EHC plans",
                KpiUnit.PERCENTAGE,
                Direction.HIGHER_IS_BETTER,
                ReportingFrequency.TERMLY,
                null,
                null,
                new BigDecimal("2"),
                KpiSource.COLLECTED_FROM_ORGANISATIONS,
                Set.of(KpiBreakdown.PLANNING_AREA, KpiBreakdown.SCHOOL_PHASE),
                List.of(
                        new KpiTargetDraft("Autumn 2025", new BigDecimal("40")),
                        new KpiTargetDraft("Spring 2026", new BigDecimal("42"))));
    }

    /** "Number of supported internships offered", entered by the LA each financial year. */
    static KpiDraft enteredCount(String name) {
        return new KpiDraft(
                name,
                "Supported internships offered to young people with EHC plans",
                KpiUnit.COUNT,
                Direction.HIGHER_IS_BETTER,
                ReportingFrequency.FINANCIAL_YEAR,
                new BigDecimal("12"),
                "2023/24",
                new BigDecimal("3"),
                KpiSource.ENTERED_BY_LA,
                Set.of(KpiBreakdown.AGE_BAND),
                List.of(
                        new KpiTargetDraft("2024/25", new BigDecimal("20")),
                        new KpiTargetDraft("2025/26", new BigDecimal("30"))));
    }

    /** An action of the demo plan, which is out for consultation and so readable by partners (other tests add draft plans). */
    static LinkedAction anActionOfTheDemoPlan(KpiService kpis, PlanService plans) {
        UUID demoPlan = plans.plans().stream()
                .filter(p -> p.title().endsWith("(demo)"))
                .findFirst()
                .orElseThrow()
                .id();
        return kpis.actionChoices().stream()
                .filter(a -> a.planId().equals(demoPlan))
                .findFirst()
                .orElseThrow();
    }

    static BigDecimal n(String figure) {
        return new BigDecimal(figure);
    }
}
