package org.sendplan.portal.kpis.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.common.ReportingFrequency;
import org.sendplan.portal.common.ReportingPeriod;
import org.sendplan.portal.kpis.Direction;
import org.sendplan.portal.kpis.KpiBreakdown;
import org.sendplan.portal.kpis.KpiDraft;
import org.sendplan.portal.kpis.KpiSource;
import org.sendplan.portal.kpis.KpiTargetDraft;
import org.sendplan.portal.kpis.KpiUnit;
import org.sendplan.portal.kpis.RecordedValue;

/** A KPI's definition with its targets, the figures the LA entered and the actions it measures. */
@Entity
@Table(name = "kpi")
public class KeyPerformanceIndicator {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private String name;

    private String definition;

    @Enumerated(EnumType.STRING)
    private KpiUnit unit;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    private ReportingFrequency frequency;

    @Column(name = "baseline_value")
    private BigDecimal baselineValue;

    @Column(name = "baseline_period_start")
    private LocalDate baselinePeriodStart;

    @Column(name = "amber_tolerance")
    private BigDecimal amberTolerance;

    @Enumerated(EnumType.STRING)
    private KpiSource source;

    private String breakdowns;

    @Column(name = "last_changed_by")
    private String lastChangedBy;

    @Column(name = "last_changed_at")
    private Instant lastChangedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "kpi_id", nullable = false, updatable = false)
    @OrderBy("periodStart")
    private List<KpiTarget> targets = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "kpi_id", nullable = false, updatable = false)
    @OrderBy("periodStart")
    private List<KpiValue> values = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "kpi_action", joinColumns = @JoinColumn(name = "kpi_id"))
    @Column(name = "action_id")
    private Set<UUID> actionIds = new HashSet<>();

    @Version
    private long version;

    protected KeyPerformanceIndicator() {}

    public KeyPerformanceIndicator(
            KpiDraft draft, ReportingPeriod baselinePeriod, Map<ReportingPeriod, BigDecimal> targets, String by) {
        this.id = UUID.randomUUID();
        apply(draft, baselinePeriod, targets, by);
    }

    /** Takes a checked draft: the baseline period and targets already read against the frequency. */
    public void apply(
            KpiDraft draft, ReportingPeriod baselinePeriod, Map<ReportingPeriod, BigDecimal> newTargets, String by) {
        this.name = draft.name().trim();
        this.definition = draft.definition() == null || draft.definition().isBlank()
                ? null
                : draft.definition().trim();
        this.unit = draft.unit();
        this.direction = draft.direction();
        this.frequency = draft.frequency();
        this.baselineValue = draft.baselineValue();
        this.baselinePeriodStart = baselinePeriod == null ? null : baselinePeriod.firstDay();
        this.amberTolerance = draft.amberTolerance();
        this.source = draft.source();
        this.breakdowns = draft.breakdowns().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        Map<LocalDate, BigDecimal> wanted = new TreeMap<>();
        newTargets.forEach((period, target) -> wanted.put(period.firstDay(), target));
        targets.removeIf(t -> !wanted.containsKey(t.periodStart()));
        for (KpiTarget target : targets) {
            target.change(wanted.remove(target.periodStart()));
        }
        wanted.forEach((start, target) -> targets.add(new KpiTarget(start, target)));
        touched(by);
    }

    /** Replaces the figure for that period and category, or adds it. */
    public void recordValue(
            ReportingPeriod period,
            KpiBreakdown breakdown,
            String category,
            BigDecimal numerator,
            BigDecimal denominator,
            String by) {
        values.removeIf(v -> v.isFor(period.firstDay(), breakdown, category));
        values.add(new KpiValue(period.firstDay(), breakdown, category, numerator, denominator, by));
        touched(by);
    }

    public boolean removeValue(ReportingPeriod period, KpiBreakdown breakdown, String category, String by) {
        boolean removed = values.removeIf(v -> v.isFor(period.firstDay(), breakdown, category));
        if (removed) {
            touched(by);
        }
        return removed;
    }

    public void linkActions(Set<UUID> ids, String by) {
        actionIds.clear();
        actionIds.addAll(ids);
        touched(by);
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public KpiUnit unit() {
        return unit;
    }

    public Direction direction() {
        return direction;
    }

    public ReportingFrequency frequency() {
        return frequency;
    }

    public BigDecimal amberTolerance() {
        return amberTolerance;
    }

    public KpiSource source() {
        return source;
    }

    public boolean hasFigures() {
        return !values.isEmpty();
    }

    public String lastChangedBy() {
        return lastChangedBy;
    }

    public Instant lastChangedAt() {
        return lastChangedAt;
    }

    public Set<UUID> actionIds() {
        return Set.copyOf(actionIds);
    }

    public Set<KpiBreakdown> breakdowns() {
        return breakdowns.isEmpty()
                ? EnumSet.noneOf(KpiBreakdown.class)
                : Arrays.stream(breakdowns.split(","))
                        .map(KpiBreakdown::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(KpiBreakdown.class)));
    }

    public Map<ReportingPeriod, BigDecimal> targets() {
        Map<ReportingPeriod, BigDecimal> byPeriod = new TreeMap<>();
        targets.forEach(t -> byPeriod.put(period(t.periodStart()), t.target()));
        return byPeriod;
    }

    public List<RecordedValue> values() {
        return values.stream().map(v -> v.toRecord(period(v.periodStart()))).toList();
    }

    public KpiDraft toDraft() {
        List<KpiTargetDraft> targetDrafts = targets.stream()
                .map(t -> new KpiTargetDraft(period(t.periodStart()).label(), t.target()))
                .toList();
        return new KpiDraft(
                name,
                definition,
                unit,
                direction,
                frequency,
                baselineValue,
                baselinePeriodStart == null ? null : period(baselinePeriodStart).label(),
                amberTolerance,
                source,
                breakdowns(),
                targetDrafts);
    }

    private ReportingPeriod period(LocalDate start) {
        return ReportingPeriod.containing(frequency, start);
    }

    // Figures and links do not dirty this row; stamping it makes @Version guard them too.
    private void touched(String by) {
        this.lastChangedBy = by;
        this.lastChangedAt = Instant.now();
    }
}
