package org.sendplan.portal.kpis;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.ReportingPeriod;
import org.sendplan.portal.kpis.internal.CollectedKpiValue;
import org.sendplan.portal.kpis.internal.CollectedKpiValues;
import org.sendplan.portal.kpis.internal.KeyPerformanceIndicator;
import org.sendplan.portal.kpis.internal.KeyPerformanceIndicators;
import org.sendplan.portal.tenancy.OrganisationDetails;
import org.sendplan.portal.tenancy.OrganisationService;
import org.sendplan.portal.tenancy.TenantContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where accepted returns put their figures. Every figure of a call is checked before anything is
 * written, so a bad figure loses nothing and keeps what the source contributed before.
 */
@Service
@Transactional(readOnly = true)
class KpiCollectionService implements KpiCollection {

    private final KeyPerformanceIndicators kpis;
    private final CollectedKpiValues collected;
    private final OrganisationService organisations;
    private final KpiHistory history;

    KpiCollectionService(
            KeyPerformanceIndicators kpis,
            CollectedKpiValues collected,
            OrganisationService organisations,
            KpiHistory history) {
        this.kpis = kpis;
        this.collected = collected;
        this.organisations = organisations;
        this.history = history;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public List<CollectableKpi> collectableKpis() {
        return kpis.findBySourceOrderByNameAsc(KpiSource.COLLECTED_FROM_ORGANISATIONS).stream()
                .map(k -> new CollectableKpi(
                        k.id(), k.name(), k.unit().label(), k.frequency(), k.unit() == KpiUnit.PERCENTAGE))
                .toList();
    }

    @Override
    @PreAuthorize(KpiRoles.EDITORS)
    @Transactional
    public void recordCollected(UUID sourceId, ReportingPeriod period, List<CollectedValue> values) {
        requireTenant();
        if (sourceId == null || period == null || values == null) {
            throw new InvalidInputException("Collected figures need their return, period and figures");
        }
        Map<UUID, KeyPerformanceIndicator> fed =
                kpis.findAllById(values.stream().map(CollectedValue::kpiId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(KeyPerformanceIndicator::id, Function.identity()));
        Map<UUID, OrganisationDetails> known = organisations.organisations().stream()
                .collect(Collectors.toMap(OrganisationDetails::id, Function.identity()));
        Set<String> seen = new HashSet<>();
        for (CollectedValue value : values) {
            KeyPerformanceIndicator kpi = fed.get(value.kpiId());
            if (kpi == null || kpi.source() != KpiSource.COLLECTED_FROM_ORGANISATIONS) {
                throw new InvalidInputException(
                        "A figure is for a KPI that is not collected from organisations in this local authority");
            }
            OrganisationDetails organisation = known.get(value.organisationId());
            if (organisation == null) {
                throw new InvalidInputException(
                        "A figure for '" + kpi.name() + "' comes from an organisation not in this local authority");
            }
            String about = organisation.name() + ", " + kpi.name() + ": ";
            if (kpi.frequency() != period.frequency()) {
                throw new InvalidInputException(
                        about + "the KPI is reported " + kpi.frequency().label().toLowerCase() + ", so a "
                                + period.label() + " figure cannot feed it");
            }
            FigureRules.check(kpi.unit(), value.numerator(), value.denominator(), about);
            if (!seen.add(value.kpiId() + "/" + value.organisationId())) {
                throw new InvalidInputException(about + "the return gives two figures; give one");
            }
        }
        Set<UUID> affected = new LinkedHashSet<>(collected.kpisFedBy(sourceId));
        boolean replacing = collected.deleteBySource(sourceId) > 0;
        collected.saveAll(values.stream()
                .map(v -> new CollectedKpiValue(
                        v.kpiId(), sourceId, v.organisationId(), period.firstDay(), v.numerator(), v.denominator()))
                .toList());
        Map<UUID, Long> perKpi =
                values.stream().collect(Collectors.groupingBy(CollectedValue::kpiId, Collectors.counting()));
        affected.addAll(perKpi.keySet());
        for (UUID kpiId : affected) {
            long count = perKpi.getOrDefault(kpiId, 0L);
            history.record(
                    kpiId,
                    (replacing ? "Replaced the figures of a return for " : "Recorded the figures of a return for ")
                            + period.label() + ": " + count + (count == 1 ? " organisation" : " organisations")
                            + " (return " + sourceId + ")");
        }
    }

    @Override
    @PreAuthorize(KpiRoles.EDITORS)
    @Transactional
    public void withdrawCollected(UUID sourceId) {
        requireTenant();
        List<UUID> affected = collected.kpisFedBy(sourceId);
        collected.deleteBySource(sourceId);
        for (UUID kpiId : affected) {
            history.record(kpiId, "Withdrew the figures of a reopened return (return " + sourceId + ")");
        }
    }

    private static void requireTenant() {
        if (TenantContext.currentTenantId().isEmpty()) {
            throw new IllegalStateException("Collected figures belong to a local authority; none is chosen");
        }
    }
}
