package org.sendplan.portal.returns.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.common.ReportingFrequency;
import org.sendplan.portal.common.ReportingPeriod;
import org.sendplan.portal.returns.CollectionStatus;
import org.sendplan.portal.returns.DataCollectionDetails;
import org.sendplan.portal.returns.DataCollectionDraft;
import org.sendplan.portal.returns.FieldDefinition;
import org.sendplan.portal.tenancy.SchoolPhase;

/** What the LA asks schools for in one period: the fields, the schools asked and the deadline. */
@Entity
@Table(name = "data_collection")
public class DataCollection {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private String title;

    private String series;

    private String period;

    @Enumerated(EnumType.STRING)
    private ReportingFrequency frequency;

    private String phases;

    @Column(name = "planning_areas")
    private String planningAreas;

    @Column(name = "opens_on")
    private LocalDate opensOn;

    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    private CollectionStatus status;

    @Column(name = "created_by")
    private String createdBy;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "collection_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<ReturnField> fields = new ArrayList<>();

    @Version
    private long version;

    protected DataCollection() {}

    public DataCollection(DataCollectionDraft draft, String by) {
        this.id = UUID.randomUUID();
        this.status = CollectionStatus.SETTING_UP;
        this.createdBy = by;
        apply(draft);
    }

    public void apply(DataCollectionDraft draft) {
        this.title = draft.title().trim();
        this.series = draft.series().trim();
        this.period = draft.period().label();
        this.frequency = draft.period().frequency();
        this.phases = draft.phases().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.planningAreas =
                draft.planningAreas() == null || draft.planningAreas().isEmpty()
                        ? null
                        : String.join("\n", new TreeSet<>(draft.planningAreas()));
        this.opensOn = draft.opensOn();
        this.deadline = draft.deadline();
        // Changed in place by position: fields are only changed while setting up, before any school has answered.
        List<FieldDefinition> wanted = draft.fields();
        while (fields.size() > wanted.size()) {
            fields.removeLast();
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (i < fields.size()) {
                fields.get(i).apply(wanted.get(i));
            } else {
                fields.add(new ReturnField(i, wanted.get(i)));
            }
        }
    }

    public void open() {
        this.status = CollectionStatus.OPEN;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public CollectionStatus status() {
        return status;
    }

    public String series() {
        return series;
    }

    public ReportingPeriod period() {
        return ReportingPeriod.parse(frequency, period);
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public List<FieldDefinition> fieldDefinitions() {
        return fields.stream().map(ReturnField::toDefinition).toList();
    }

    public DataCollectionDetails toDetails() {
        Set<SchoolPhase> phaseSet = Arrays.stream(phases.split(","))
                .map(SchoolPhase::valueOf)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> areas =
                planningAreas == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(planningAreas.split("\n")));
        return new DataCollectionDetails(
                id,
                new DataCollectionDraft(
                        title, series, period(), phaseSet, areas, opensOn, deadline, fieldDefinitions()),
                status,
                createdBy,
                version);
    }
}
