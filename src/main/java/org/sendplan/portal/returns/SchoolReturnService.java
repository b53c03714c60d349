package org.sendplan.portal.returns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.kpis.CollectedValue;
import org.sendplan.portal.kpis.KpiCollection;
import org.sendplan.portal.returns.internal.DataCollection;
import org.sendplan.portal.returns.internal.DataCollections;
import org.sendplan.portal.returns.internal.ReturnStep;
import org.sendplan.portal.returns.internal.ReturnSteps;
import org.sendplan.portal.returns.internal.SchoolReturn;
import org.sendplan.portal.returns.internal.SchoolReturns;
import org.sendplan.portal.tenancy.OrganisationDetails;
import org.sendplan.portal.tenancy.TenantContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schools' returns: a school editor fills and submits their own school's (and only theirs); the LA
 * may fill one on a school's behalf, and queries, accepts and reopens them.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(SchoolReturnService.READERS)
public class SchoolReturnService {

    static final String READERS = "hasAnyRole('SCHOOL_EDITOR', 'LA_OFFICER', 'TENANT_ADMIN')";

    private final SchoolReturns returns;
    private final DataCollections collections;
    private final ReturnSteps steps;
    private final ReturnHandling handling;
    private final KpiCollection kpis;
    private final ReturnNotifications notifications;

    SchoolReturnService(
            SchoolReturns returns,
            DataCollections collections,
            ReturnSteps steps,
            ReturnHandling handling,
            KpiCollection kpis,
            ReturnNotifications notifications) {
        this.notifications = notifications;
        this.returns = returns;
        this.collections = collections;
        this.steps = steps;
        this.handling = handling;
        this.kpis = kpis;
    }

    /** A school editor's returns, for their own school(s), latest deadline first; empty for the LA, who follow collections. */
    public List<ReturnSummary> ownSchoolsReturns() {
        return TenantContext.organisationLimit()
                .map(own -> summaries(returns.findBySchoolIdIn(own)))
                .orElse(List.of());
    }

    /**
     * The returns the person may act on, latest deadline first: a school editor's own schools', the LA's every school's.
     *
     * @param collectionId only this collection's, or null for every collection's
     * @param status       only returns in this state, or null for any
     */
    public List<ReturnSummary> actionable(UUID collectionId, ReturnStatus status) {
        List<SchoolReturn> found = TenantContext.organisationLimit()
                .map(returns::findBySchoolIdIn)
                .orElseGet(() -> collectionId == null ? returns.findAll() : returns.findByCollectionId(collectionId));
        return summaries(found.stream()
                .filter(r -> collectionId == null || r.collectionId().equals(collectionId))
                .filter(r -> status == null || r.status() == status)
                .toList());
    }

    private List<ReturnSummary> summaries(List<SchoolReturn> found) {
        Map<UUID, OrganisationDetails> schools = handling.schools();
        Map<UUID, DataCollection> byId =
                collections
                        .findByIdIn(
                                found.stream().map(SchoolReturn::collectionId).collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(DataCollection::id, c -> c));
        return found.stream()
                .map(r -> handling.summaryOf(r, byId.get(r.collectionId()), schools.get(r.schoolId())))
                .sorted(Comparator.comparing(ReturnSummary::deadline)
                        .reversed()
                        .thenComparing(ReturnSummary::schoolName))
                .toList();
    }

    /** The school editor's returns due within a week, overdue, or waiting for them after a query. */
    public List<ReturnSummary> reminders() {
        return ownSchoolsReturns().stream()
                .filter(r -> r.dueSoon() || r.status() == ReturnStatus.QUERIED)
                .sorted(Comparator.comparing(ReturnSummary::deadline))
                .toList();
    }

    /** Empty when there is no such return in this tenant; refused when a school editor asks for another school's. */
    public Optional<SchoolReturnDetails> find(UUID id) {
        return returns.findById(id).map(this::details);
    }

    @Transactional
    public SchoolReturnDetails saveDraft(UUID id, long expectedVersion, Map<String, FieldEntry> entries) {
        return answer(id, expectedVersion, entries, ReturnAction.SAVE_DRAFT);
    }

    /** Submits (or, after a query, resubmits) the answers; every rule must hold. */
    @Transactional
    public SchoolReturnDetails submit(UUID id, long expectedVersion, Map<String, FieldEntry> entries) {
        return answer(id, expectedVersion, entries, ReturnAction.SUBMIT);
    }

    /** Sends the return back to the school with the LA's questions, overall and on single fields (by code). */
    @PreAuthorize(DataCollectionService.LA)
    @Transactional
    public SchoolReturnDetails query(UUID id, long expectedVersion, String overall, Map<String, String> byField) {
        SchoolReturn r = current(id, expectedVersion);
        DataCollection collection = handling.collection(r.collectionId());
        boolean anyField = byField.values().stream().anyMatch(text -> text != null && !text.isBlank());
        if ((overall == null || overall.isBlank()) && !anyField) {
            throw new InvalidInputException(
                    "overallQuery", "Say what the school needs to check, overall or beside a figure");
        }
        Map<UUID, String> queries = new HashMap<>();
        collection.fieldDefinitions().forEach(field -> queries.put(field.id(), byField.get(field.code())));
        r.status().after(ReturnAction.QUERY);
        r.query(overall, queries, collection.fieldDefinitions());
        handling.record(r, ReturnAction.QUERY, queryNote(overall, byField, collection.fieldDefinitions()));
        SchoolReturnDetails saved = saved(r);
        notifications.queried(r, collection);
        return saved;
    }

    /** Accepts and locks the return; its figures go to the KPIs their fields feed. */
    @PreAuthorize(DataCollectionService.LA)
    @Transactional
    public SchoolReturnDetails accept(UUID id, long expectedVersion) {
        SchoolReturn r = current(id, expectedVersion);
        DataCollection collection = handling.collection(r.collectionId());
        handling.record(r, ReturnAction.ACCEPT, null);
        List<CollectedValue> values = collected(r, collection);
        kpis.recordCollected(r.id(), collection.period(), values);
        return saved(r);
    }

    /** Unlocks an accepted return for correction; its figures leave the KPIs until it is accepted again. */
    @PreAuthorize(DataCollectionService.LA)
    @Transactional
    public SchoolReturnDetails reopen(UUID id, long expectedVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why the return is being reopened");
        }
        SchoolReturn r = current(id, expectedVersion);
        handling.record(r, ReturnAction.REOPEN, reason);
        r.query(reason, Map.of(), List.of());
        kpis.withdrawCollected(r.id());
        SchoolReturnDetails saved = saved(r);
        notifications.queried(r, handling.collection(r.collectionId()));
        return saved;
    }

    private SchoolReturnDetails answer(
            UUID id, long expectedVersion, Map<String, FieldEntry> entries, ReturnAction action) {
        SchoolReturn r = current(id, expectedVersion);
        DataCollection collection = handling.collection(r.collectionId());
        Map<String, BigDecimal> previous =
                handling.previousFigures(collection, List.of(r.schoolId())).getOrDefault(r.schoolId(), Map.of());
        handling.answer(r, collection, entries, previous, action);
        return saved(r);
    }

    private SchoolReturnDetails saved(SchoolReturn r) {
        return details(returns.saveAndFlush(r));
    }

    private SchoolReturn current(UUID id, long expectedVersion) {
        SchoolReturn r =
                returns.findById(id).orElseThrow(() -> new InvalidInputException("That return no longer exists"));
        handling.checkReach(r.schoolId());
        if (r.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(SchoolReturn.class, id);
        }
        return r;
    }

    private SchoolReturnDetails details(SchoolReturn r) {
        handling.checkReach(r.schoolId());
        DataCollection collection = handling.collection(r.collectionId());
        List<FieldDefinition> fields = collection.fieldDefinitions();
        Map<String, FieldEntry> entries = new HashMap<>();
        Map<String, String> queries = new HashMap<>();
        Map<UUID, FieldEntry> stored = r.entries();
        Map<UUID, String> storedQueries = r.fieldQueries();
        for (FieldDefinition field : fields) {
            Optional.ofNullable(stored.get(field.id())).ifPresent(entry -> entries.put(field.code(), entry));
            Optional.ofNullable(storedQueries.get(field.id())).ifPresent(text -> queries.put(field.code(), text));
        }
        Map<String, BigDecimal> previous =
                handling.previousFigures(collection, List.of(r.schoolId())).getOrDefault(r.schoolId(), Map.of());
        OrganisationDetails school = handling.schools().get(r.schoolId());
        return new SchoolReturnDetails(
                handling.summaryOf(r, collection, school),
                collection.toDetails(),
                entries,
                previous,
                queries,
                r.overallQuery(),
                steps.findByReturnIdOrderByTakenAtAsc(r.id()).stream()
                        .map(ReturnStep::toRecord)
                        .toList(),
                r.version());
    }

    /** One figure per KPI the return feeds; a KPI is left out when any part of it is blank or not applicable. */
    private static List<CollectedValue> collected(SchoolReturn r, DataCollection collection) {
        Map<UUID, BigDecimal> figures = r.figures();
        Map<UUID, List<FieldDefinition>> byKpi = collection.fieldDefinitions().stream()
                .filter(f -> f.kpiId() != null)
                .collect(Collectors.groupingBy(FieldDefinition::kpiId));
        List<CollectedValue> values = new ArrayList<>();
        byKpi.forEach((kpi, fields) -> {
            if (fields.stream().allMatch(f -> figures.containsKey(f.id()))) {
                values.add(new CollectedValue(
                        kpi,
                        r.schoolId(),
                        part(fields, figures, KpiPart.NUMERATOR, KpiPart.FIGURE),
                        part(fields, figures, KpiPart.DENOMINATOR, KpiPart.DENOMINATOR)));
            }
        });
        return values;
    }

    private static BigDecimal part(
            List<FieldDefinition> fields, Map<UUID, BigDecimal> figures, KpiPart part, KpiPart alternative) {
        return fields.stream()
                .filter(f -> f.kpiPart() == part || f.kpiPart() == alternative)
                .findFirst()
                .map(f -> figures.get(f.id()))
                .orElse(null);
    }

    private static String queryNote(String overall, Map<String, String> byField, List<FieldDefinition> fields) {
        List<String> parts = new ArrayList<>();
        if (overall != null && !overall.isBlank()) {
            parts.add(overall.trim());
        }
        for (FieldDefinition field : fields) {
            String text = byField.get(field.code());
            if (text != null && !text.isBlank()) {
                parts.add(field.label() + ": " + text.trim());
            }
        }
        return String.join(" · ", parts);
    }
}
