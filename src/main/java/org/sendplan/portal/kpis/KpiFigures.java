package org.sendplan.portal.kpis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sendplan.portal.common.ReportingPeriod;
import org.sendplan.portal.kpis.internal.KeyPerformanceIndicator;
import org.sendplan.portal.kpis.internal.PeriodTotal;

/**
 * A KPI's overall figures period by period: an LA-entered overall figure where there is one,
 * otherwise the roll-up of the collected figures; each with its target, RAG and the trend against
 * the period before.
 */
final class KpiFigures {

    private KpiFigures() {}

    static List<KpiFigure> of(KeyPerformanceIndicator kpi, List<PeriodTotal> collected) {
        Map<ReportingPeriod, BigDecimal> targets = kpi.targets();
        Map<ReportingPeriod, KpiFigure> figures = new TreeMap<>();
        for (PeriodTotal total : collected) {
            ReportingPeriod period = ReportingPeriod.containing(kpi.frequency(), total.periodStart());
            figures.put(
                    period,
                    rolledUp(kpi.unit(), period, total.numerators(), total.denominators(), total.organisations()));
        }
        for (RecordedValue value : kpi.values()) {
            if (value.overall()) {
                figures.put(value.period(), entered(kpi.unit(), value));
            }
        }
        TreeSet<ReportingPeriod> periods = new TreeSet<>(figures.keySet());
        periods.addAll(targets.keySet());
        List<KpiFigure> series = new ArrayList<>();
        for (ReportingPeriod period : periods) {
            KpiFigure figure = figures.get(period);
            BigDecimal previous = figures.containsKey(period.previous())
                    ? figures.get(period.previous()).value()
                    : null;
            series.add(rated(kpi, figure == null ? empty(period) : figure, targets.get(period), previous));
        }
        return series;
    }

    /** The latest period with a figure, else the last period with a target, else null. */
    static KpiFigure latest(List<KpiFigure> series) {
        return series.stream()
                .filter(f -> f.value() != null)
                .reduce((a, b) -> b)
                .orElseGet(() -> series.isEmpty() ? null : series.getLast());
    }

    /** A figure from organisations' summed numerators and denominators, by the unit's roll-up. */
    static KpiFigure rolledUp(
            KpiUnit unit, ReportingPeriod period, BigDecimal numerators, BigDecimal denominators, long organisations) {
        BigDecimal value = unit.rollUp().combine(numerators, denominators, organisations, unit.scale());
        return new KpiFigure(period, value, numerators, denominators, organisations, null, null, null);
    }

    static KpiFigure entered(KpiUnit unit, RecordedValue value) {
        BigDecimal figure = unit.rollUp().combine(value.numerator(), value.denominator(), 1, unit.scale());
        return new KpiFigure(value.period(), figure, value.numerator(), value.denominator(), 0, null, null, null);
    }

    static KpiFigure rated(KeyPerformanceIndicator kpi, KpiFigure figure, BigDecimal target, BigDecimal previous) {
        return new KpiFigure(
                figure.period(),
                figure.value(),
                figure.numerator(),
                figure.denominator(),
                figure.organisations(),
                target,
                KpiStatus.of(figure.value(), target, kpi.direction(), kpi.amberTolerance()),
                KpiStatus.trend(figure.value(), previous, kpi.direction()));
    }

    private static KpiFigure empty(ReportingPeriod period) {
        return new KpiFigure(period, null, null, null, 0, null, null, null);
    }
}
