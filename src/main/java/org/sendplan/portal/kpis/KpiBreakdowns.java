package org.sendplan.portal.kpis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.sendplan.portal.common.ReportingPeriod;
import org.sendplan.portal.kpis.internal.CollectedKpiValue;
import org.sendplan.portal.kpis.internal.KeyPerformanceIndicator;
import org.sendplan.portal.tenancy.OrganisationDetails;
import org.sendplan.portal.tenancy.SchoolPhase;

/**
 * One period's figures per breakdown category. Collected figures fall into the planning area, phase
 * and setting type of the organisation that gave them, and roll up by the unit's rule within each
 * category; an LA-entered figure for a category takes its place.
 */
final class KpiBreakdowns {

    static final String NOT_RECORDED = "Not recorded";

    private KpiBreakdowns() {}

    static List<BreakdownFigure> of(
            KeyPerformanceIndicator kpi,
            ReportingPeriod period,
            List<CollectedKpiValue> collected,
            Map<UUID, OrganisationDetails> organisations) {
        BigDecimal target = kpi.targets().get(period);
        List<BreakdownFigure> figures = new ArrayList<>();
        for (KpiBreakdown breakdown : kpi.breakdowns()) {
            Map<String, KpiFigure> byCategory = new TreeMap<>();
            Map<String, List<CollectedKpiValue>> grouped = new TreeMap<>();
            // An organisation has no age band: that breakdown comes only from figures the LA enters.
            for (CollectedKpiValue value :
                    breakdown == KpiBreakdown.AGE_BAND ? List.<CollectedKpiValue>of() : collected) {
                OrganisationDetails organisation = organisations.get(value.organisationId());
                grouped.computeIfAbsent(category(breakdown, organisation), c -> new ArrayList<>())
                        .add(value);
            }
            grouped.forEach((category, values) -> byCategory.put(
                    category,
                    KpiFigures.rolledUp(
                            kpi.unit(),
                            period,
                            values.stream().map(CollectedKpiValue::numerator).reduce(BigDecimal.ZERO, BigDecimal::add),
                            values.stream()
                                    .map(CollectedKpiValue::denominator)
                                    .filter(d -> d != null)
                                    .reduce(BigDecimal.ZERO, BigDecimal::add),
                            values.size())));
            for (RecordedValue value : kpi.values()) {
                if (breakdown == value.breakdown() && value.period().equals(period)) {
                    byCategory.put(value.category(), KpiFigures.entered(kpi.unit(), value));
                }
            }
            byCategory.forEach((category, figure) ->
                    figures.add(new BreakdownFigure(breakdown, category, KpiFigures.rated(kpi, figure, target, null))));
        }
        return figures;
    }

    /** Setting type follows the phase: special schools and alternative provision apart, the rest mainstream. */
    static String category(KpiBreakdown breakdown, OrganisationDetails organisation) {
        if (organisation == null) {
            return NOT_RECORDED;
        }
        SchoolPhase phase = organisation.phase();
        return switch (breakdown) {
            case PLANNING_AREA ->
                organisation.planningArea() == null
                                || organisation.planningArea().isBlank()
                        ? NOT_RECORDED
                        : organisation.planningArea();
            case SCHOOL_PHASE -> phase == null ? NOT_RECORDED : phase.label();
            case SETTING_TYPE ->
                phase == null
                        ? NOT_RECORDED
                        : phase == SchoolPhase.SPECIAL
                                ? "Specialist"
                                : phase == SchoolPhase.ALTERNATIVE_PROVISION ? "Alternative provision" : "Mainstream";
            case AGE_BAND -> NOT_RECORDED;
        };
    }
}
