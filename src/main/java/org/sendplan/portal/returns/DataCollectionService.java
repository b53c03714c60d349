package org.sendplan.portal.returns;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.kpis.CollectableKpi;
import org.sendplan.portal.kpis.KpiCollection;
import org.sendplan.portal.returns.internal.DataCollection;
import org.sendplan.portal.returns.internal.DataCollections;
import org.sendplan.portal.returns.internal.SchoolReturn;
import org.sendplan.portal.returns.internal.SchoolReturns;
import org.sendplan.portal.tenancy.OrganisationDetails;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The LA's collections: set up, open to the schools asked, and followed to completion. LA officers and tenant admins only. */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize(DataCollectionService.LA)
public class DataCollectionService {

    static final String LA = "hasAnyRole('LA_OFFICER', 'TENANT_ADMIN')";

    private final DataCollections collections;
    private final SchoolReturns returns;
    private final ReturnHandling handling;
    private final KpiCollection kpis;
    private final CurrentUser currentUser;

    DataCollectionService(
            DataCollections collections,
            SchoolReturns returns,
            ReturnHandling handling,
            KpiCollection kpis,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.collections = collections;
        this.returns = returns;
        this.handling = handling;
        this.kpis = kpis;
    }

    public List<DataCollectionDetails> collections() {
        return collections.findAllByOrderByDeadlineDescTitleAsc().stream()
                .map(DataCollection::toDetails)
                .toList();
    }

    public Optional<DataCollectionDetails> find(UUID id) {
        return collections.findById(id).map(DataCollection::toDetails);
    }

    /** The KPIs a field may feed: those the tenant collects from schools. */
    public List<CollectableKpi> collectableKpis() {
        return kpis.collectableKpis();
    }

    /** The planning areas the tenant's schools are in, for choosing who must answer. */
    public List<String> planningAreas() {
        return handling.schools().values().stream()
                .map(OrganisationDetails::planningArea)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
    }

    @Transactional
    public DataCollectionDetails create(@Valid DataCollectionDraft draft) {
        DataCollection collection =
                new DataCollection(CollectionRules.checked(draft, collectableKpis()), currentUser.displayName());
        return collections.saveAndFlush(collection).toDetails();
    }

    @Transactional
    public DataCollectionDetails update(UUID id, long expectedVersion, @Valid DataCollectionDraft draft) {
        DataCollection collection = current(id, expectedVersion);
        if (collection.status() != CollectionStatus.SETTING_UP) {
            throw new InvalidInputException(
                    "This collection is open: schools are answering it, so its fields and schools cannot change");
        }
        collection.apply(CollectionRules.checked(draft, collectableKpis()));
        return collections.saveAndFlush(collection).toDetails();
    }

    /** Opens the collection: every school asked (by phase, and planning area if chosen) gets a return, not started. */
    @Transactional
    public DataCollectionDetails open(UUID id, long expectedVersion) {
        DataCollection collection = current(id, expectedVersion);
        if (collection.status() == CollectionStatus.OPEN) {
            throw new InvalidInputException("This collection is already open");
        }
        DataCollectionDraft draft = collection.toDetails().draft();
        List<OrganisationDetails> asked = handling.schools().values().stream()
                .filter(school -> school.phase() != null && draft.phases().contains(school.phase()))
                .filter(school ->
                        draft.planningAreas().isEmpty() || draft.planningAreas().contains(school.planningArea()))
                .toList();
        if (asked.isEmpty()) {
            throw new InvalidInputException(
                    "No school is of the chosen phases and planning areas, so nobody would be asked");
        }
        collection.open();
        returns.saveAll(asked.stream()
                .map(school -> new SchoolReturn(collection.id(), school.id()))
                .toList());
        return collections.saveAndFlush(collection).toDetails();
    }

    /** Completion by school and planning area, overdue returns, queries outstanding and the accepted sums per field. */
    public CollectionProgress progress(UUID id) {
        DataCollection collection = handling.collection(id);
        Map<UUID, OrganisationDetails> schools = handling.schools();
        List<ReturnSummary> rows = returns.findByCollectionId(id).stream()
                .map(r -> handling.summaryOf(r, collection, schools.get(r.schoolId())))
                .sorted(Comparator.comparing(ReturnSummary::schoolName))
                .toList();
        return new CollectionProgress(collection.toDetails(), rows, byArea(rows), totals(collection));
    }

    private static List<AreaProgress> byArea(List<ReturnSummary> rows) {
        Map<String, List<ReturnSummary>> grouped = rows.stream()
                .collect(Collectors.groupingBy(
                        r -> r.planningArea() == null ? "No planning area" : r.planningArea(),
                        TreeMap::new,
                        Collectors.toList()));
        List<AreaProgress> areas = new ArrayList<>();
        grouped.forEach((area, list) -> areas.add(new AreaProgress(
                area,
                list.size(),
                (int) list.stream().filter(r -> r.status().handedIn()).count(),
                (int) list.stream()
                        .filter(r -> r.status() == ReturnStatus.ACCEPTED)
                        .count(),
                (int) list.stream().filter(ReturnSummary::overdue).count())));
        return areas;
    }

    private List<FieldTotal> totals(DataCollection collection) {
        Map<UUID, Object[]> sums = returns.acceptedTotalsByField(collection.id()).stream()
                .collect(Collectors.toMap(row -> (UUID) row[0], Function.identity()));
        Map<UUID, String> kpiNames =
                collectableKpis().stream().collect(Collectors.toMap(CollectableKpi::id, CollectableKpi::name));
        return collection.fieldDefinitions().stream()
                .map(field -> {
                    Object[] row = sums.get(field.id());
                    return new FieldTotal(
                            field,
                            row == null || row[1] == null ? BigDecimal.ZERO : (BigDecimal) row[1],
                            row == null ? 0 : (Long) row[2],
                            field.kpiId() == null ? null : kpiNames.get(field.kpiId()));
                })
                .toList();
    }

    private DataCollection current(UUID id, long expectedVersion) {
        DataCollection collection = handling.collection(id);
        if (collection.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(DataCollection.class, id);
        }
        return collection;
    }
}
