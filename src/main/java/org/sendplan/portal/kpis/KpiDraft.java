package org.sendplan.portal.kpis;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.sendplan.portal.common.ReportingFrequency;

/**
 * A KPI's definition as an officer fills it in. Periods are text as people type them ("Spring 2026"),
 * read against the frequency by the service so a mismatch is named field by field.
 *
 * @param amberTolerance how far short of target still counts as amber, in the KPI's unit
 */
public record KpiDraft(
        String name,
        String definition,
        KpiUnit unit,
        Direction direction,
        ReportingFrequency frequency,
        BigDecimal baselineValue,
        String baselinePeriod,
        BigDecimal amberTolerance,
        KpiSource source,
        Set<KpiBreakdown> breakdowns,
        List<KpiTargetDraft> targets)
        implements Serializable {

    public KpiDraft {
        breakdowns = breakdowns == null ? Set.of() : Set.copyOf(breakdowns);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    public KpiDraft withTargets(List<KpiTargetDraft> newTargets) {
        return new KpiDraft(
                name,
                definition,
                unit,
                direction,
                frequency,
                baselineValue,
                baselinePeriod,
                amberTolerance,
                source,
                breakdowns,
                newTargets);
    }
}
