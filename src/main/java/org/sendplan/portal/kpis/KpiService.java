package org.sendplan.portal.kpis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.ReportingPeriod;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.kpis.internal.CollectedKpiValues;
import org.sendplan.portal.kpis.internal.KeyPerformanceIndicator;
import org.sendplan.portal.kpis.internal.KeyPerformanceIndicators;
import org.sendplan.portal.kpis.internal.PeriodTotal;
import org.sendplan.portal.plans.ActionDetails;
import org.sendplan.portal.plans.ActionFilter;
import org.sendplan.portal.plans.ActionService;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.tenancy.OrganisationDetails;
import org.sendplan.portal.tenancy.OrganisationService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * KPI definitions and their figures. LA officers and tenant administrators define KPIs and enter
 * figures; finance officers, board members and parent carers read them. RAG and trend are computed.
 */
@Service
@Transactional(readOnly = true)
public class KpiService {

    private final KeyPerformanceIndicators kpis;
    private final CollectedKpiValues collected;
    private final OrganisationService organisations;
    private final KpiHistory history;
    private final PlanService plans;
    private final ActionService actions;
    private final CurrentUser currentUser;

    KpiService(
            KeyPerformanceIndicators kpis,
            CollectedKpiValues collected,
            OrganisationService organisations,
            KpiHistory history,
            PlanService plans,
            ActionService actions,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.plans = plans;
        this.actions = actions;
        this.kpis = kpis;
        this.collected = collected;
        this.organisations = organisations;
        this.history = history;
    }

    /** Every KPI of the tenant with its latest figure, rolled up in one query for all of them. */
    @PreAuthorize(KpiRoles.READERS)
    public List<KpiSummary> kpis() {
        return summaries(kpis.findAllByOrderByNameAsc());
    }

    /** The KPIs that measure a plan action, for the action's page. */
    @PreAuthorize(KpiRoles.READERS)
    public List<KpiSummary> kpisOfAction(UUID actionId) {
        return summaries(kpis.linkedTo(actionId));
    }

    @PreAuthorize(KpiRoles.READERS)
    public Optional<KpiDetails> find(UUID id) {
        return kpis.findById(id).map(this::details);
    }

    @PreAuthorize(KpiRoles.READERS)
    public List<KpiChangeRecord> history(UUID id) {
        return history.of(id);
    }

    @PreAuthorize(KpiRoles.EDITORS)
    @Transactional
    public KpiDetails create(KpiDraft draft) {
        DraftRules.Checked checked = DraftRules.check(draft);
        KeyPerformanceIndicator kpi = kpis.saveAndFlush(new KeyPerformanceIndicator(
                draft, checked.baselinePeriod(), checked.targets(), currentUser.displayName()));
        history.record(
                kpi.id(),
                "Defined '" + kpi.name() + "' (" + draft.unit().label().toLowerCase() + ", "
                        + draft.frequency().label().toLowerCase() + ", "
                        + draft.direction().label().toLowerCase() + ") with "
                        + checked.targets().size() + (checked.targets().size() == 1 ? " target" : " targets"));
        return details(kpi);
    }

    @PreAuthorize(KpiRoles.EDITORS)
    @Transactional
    public KpiDetails update(UUID id, long expectedVersion, KpiDraft draft) {
        KeyPerformanceIndicator kpi = current(id, expectedVersion);
        DraftRules.Checked checked = DraftRules.check(draft);
        if ((draft.frequency() != kpi.frequency() || draft.unit() != kpi.unit())
                && (kpi.hasFigures() || collected.existsByKpiId(id))) {
            throw new InvalidInputException(
                    draft.frequency() != kpi.frequency() ? "frequency" : "unit",
                    "The unit and frequency cannot change once figures are recorded: they would no longer mean what was entered. "
                            + "Define a new KPI instead.");
        }
        KpiDraft before = kpi.toDraft();
        kpi.apply(draft, checked.baselinePeriod(), checked.targets(), currentUser.displayName());
        KeyPerformanceIndicator saved = kpis.saveAndFlush(kpi);
        history.record(id, DefinitionChanges.between(before, saved.toDraft()));
        return details(saved);
    }

    /** Enters or replaces the LA's figure for a period, overall or for one breakdown category. */
    @PreAuthorize(KpiRoles.EDITORS)
    @Transactional
    public KpiDetails recordValue(UUID id, long expectedVersion, KpiValueDraft value) {
        KeyPerformanceIndicator kpi = current(id, expectedVersion);
        if (!kpi.source().enteredByHand()) {
            throw new InvalidInputException(
                    "Figures for '" + kpi.name() + "' come from accepted returns; they are not typed in");
        }
        ReportingPeriod period = period(kpi, value.period());
        String category = category(kpi, value.breakdown(), value.category());
        FigureRules.check(kpi.unit(), value.numerator(), value.denominator(), "");
        kpi.recordValue(
                period, value.breakdown(), category, value.numerator(), value.denominator(), currentUser.displayName());
        KeyPerformanceIndicator saved = kpis.saveAndFlush(kpi);
        history.record(
                id,
                "Entered " + describe(kpi.unit(), value.numerator(), value.denominator()) + " for " + period.label()
                        + (value.breakdown() == null
                                ? ""
                                : " (" + value.breakdown().label() + ": " + category + ")"));
        return details(saved);
    }

    @PreAuthorize(KpiRoles.EDITORS)
    @Transactional
    public KpiDetails removeValue(
            UUID id, long expectedVersion, ReportingPeriod period, KpiBreakdown breakdown, String category) {
        KeyPerformanceIndicator kpi = current(id, expectedVersion);
        if (!kpi.removeValue(period, breakdown, category, currentUser.displayName())) {
            throw new InvalidInputException("There is no figure for " + period.label() + " to remove");
        }
        KeyPerformanceIndicator saved = kpis.saveAndFlush(kpi);
        history.record(
                id,
                "Removed the figure for " + period.label()
                        + (breakdown == null ? "" : " (" + breakdown.label() + ": " + category + ")"));
        return details(saved);
    }

    /** Sets the plan actions the KPI measures; each must be an action of this tenant's plans. */
    @PreAuthorize(KpiRoles.EDITORS)
    @Transactional
    public KpiDetails linkActions(UUID id, long expectedVersion, Set<UUID> actionIds) {
        KeyPerformanceIndicator kpi = current(id, expectedVersion);
        List<String> linked = new ArrayList<>();
        for (UUID actionId : actionIds) {
            String activity = actions.action(actionId)
                    .map(ActionDetails::activity)
                    .orElseThrow(() -> new InvalidInputException(
                            "actions", "One of the chosen actions no longer exists; reload and choose again"));
            if (!kpi.actionIds().contains(actionId)) {
                linked.add(activity);
            }
        }
        long unlinked =
                kpi.actionIds().stream().filter(a -> !actionIds.contains(a)).count();
        kpi.linkActions(actionIds, currentUser.displayName());
        KeyPerformanceIndicator saved = kpis.saveAndFlush(kpi);
        history.record(
                id,
                "Linked actions: " + (linked.isEmpty() ? "none added" : String.join("; ", linked))
                        + (unlinked == 0 ? "" : " (" + unlinked + " unlinked)"));
        return details(saved);
    }

    /** The actions a KPI measures that still exist, for links to their pages. */
    @PreAuthorize(KpiRoles.READERS)
    public List<LinkedAction> linkedActions(UUID id) {
        return kpis.findById(id)
                .map(kpi -> kpi.actionIds().stream()
                        .flatMap(a -> actions.action(a).stream())
                        .map(a -> new LinkedAction(a.id(), a.planId(), a.activity()))
                        .sorted(Comparator.comparing(LinkedAction::activity))
                        .toList())
                .orElse(List.of());
    }

    /** Every action of every plan of the tenant, to choose from when linking. */
    @PreAuthorize(KpiRoles.EDITORS)
    public List<LinkedAction> actionChoices() {
        return plans.plans().stream()
                .flatMap(plan -> actions.allActions(plan.id(), ActionFilter.NONE).stream())
                .map(a -> new LinkedAction(a.id(), a.planId(), a.activity()))
                .toList();
    }

    private List<KpiSummary> summaries(List<KeyPerformanceIndicator> found) {
        Map<UUID, List<PeriodTotal>> totals = found.isEmpty()
                ? Map.of()
                : collected
                        .totals(found.stream().map(KeyPerformanceIndicator::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(PeriodTotal::kpiId));
        return found.stream()
                .map(kpi -> new KpiSummary(
                        kpi.id(),
                        kpi.name(),
                        kpi.unit(),
                        kpi.direction(),
                        kpi.frequency(),
                        kpi.source(),
                        KpiFigures.latest(KpiFigures.of(kpi, totals.getOrDefault(kpi.id(), List.of())))))
                .toList();
    }

    private KpiDetails details(KeyPerformanceIndicator kpi) {
        List<KpiFigure> figures = KpiFigures.of(kpi, collected.totals(List.of(kpi.id())));
        List<BreakdownFigure> breakdowns = List.of();
        Optional<ReportingPeriod> latest = figures.stream()
                .filter(f -> f.value() != null)
                .map(KpiFigure::period)
                .max(Comparator.naturalOrder());
        if (latest.isPresent() && !kpi.breakdowns().isEmpty()) {
            Map<UUID, OrganisationDetails> known = organisations.organisations().stream()
                    .collect(Collectors.toMap(OrganisationDetails::id, Function.identity()));
            breakdowns = KpiBreakdowns.of(
                    kpi,
                    latest.get(),
                    collected.findByKpiIdAndPeriodStart(kpi.id(), latest.get().firstDay()),
                    known);
        }
        return new KpiDetails(
                kpi.id(),
                kpi.toDraft(),
                figures,
                breakdowns,
                kpi.values(),
                kpi.actionIds(),
                kpi.lastChangedBy(),
                kpi.lastChangedAt(),
                kpi.version());
    }

    private KeyPerformanceIndicator current(UUID id, long expectedVersion) {
        KeyPerformanceIndicator kpi =
                kpis.findById(id).orElseThrow(() -> new InvalidInputException("That KPI no longer exists"));
        if (kpi.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(KeyPerformanceIndicator.class, id);
        }
        return kpi;
    }

    private static ReportingPeriod period(KeyPerformanceIndicator kpi, String text) {
        try {
            return ReportingPeriod.parse(kpi.frequency(), text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(
                    "period",
                    e.getMessage() + " (the KPI is reported "
                            + kpi.frequency().label().toLowerCase() + ")");
        }
    }

    private static String category(KeyPerformanceIndicator kpi, KpiBreakdown breakdown, String category) {
        if (breakdown == null) {
            return null;
        }
        if (!kpi.breakdowns().contains(breakdown)) {
            throw new InvalidInputException(
                    "breakdown",
                    "'" + kpi.name() + "' is not broken down by "
                            + breakdown.label().toLowerCase());
        }
        if (category == null || category.isBlank()) {
            throw new InvalidInputException(
                    "category", "Say which " + breakdown.label().toLowerCase() + " the figure is for");
        }
        return category.trim();
    }

    static String describe(KpiUnit unit, BigDecimal numerator, BigDecimal denominator) {
        return unit == KpiUnit.PERCENTAGE
                ? numerator.stripTrailingZeros().toPlainString() + " of "
                        + denominator.stripTrailingZeros().toPlainString() + " ("
                        + unit.format(unit.rollUp().combine(numerator, denominator, 1, unit.scale())) + ")"
                : unit.format(numerator);
    }
}
