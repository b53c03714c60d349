package org.sendplan.portal.returns.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.returns.FieldDefinition;
import org.sendplan.portal.returns.FieldEntry;
import org.sendplan.portal.returns.ReturnAction;
import org.sendplan.portal.returns.ReturnStatus;

/** One school's return to one collection, and its answers. */
@Entity
@Table(name = "school_return")
public class SchoolReturn {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "collection_id")
    private UUID collectionId;

    @Column(name = "school_id")
    private UUID schoolId;

    @Enumerated(EnumType.STRING)
    private ReturnStatus status;

    @Column(name = "overall_query")
    private String overallQuery;

    @Column(name = "last_changed_at")
    private Instant lastChangedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "return_id", nullable = false, updatable = false)
    private List<ReturnValue> values = new ArrayList<>();

    // A wrapper, null until first saved, so saving a new return inserts without first selecting it.
    @Version
    private Long version;

    protected SchoolReturn() {}

    public SchoolReturn(UUID collectionId, UUID schoolId) {
        this.id = UUID.randomUUID();
        this.collectionId = collectionId;
        this.schoolId = schoolId;
        this.status = ReturnStatus.NOT_STARTED;
        this.lastChangedAt = Instant.now();
    }

    /** Moves the return on; the status refuses a step it does not allow. */
    public void take(ReturnAction action) {
        this.status = status.after(action);
        this.lastChangedAt = Instant.now();
        if (action == ReturnAction.ACCEPT) {
            this.overallQuery = null;
            values.forEach(value -> value.query(null));
        }
    }

    /** Stores checked answers: the figures are those the rules read from the entries. */
    public void answer(List<FieldDefinition> fields, Map<String, FieldEntry> entries, Map<String, BigDecimal> figures) {
        Map<UUID, ReturnValue> byField = valuesByField();
        for (FieldDefinition field : fields) {
            FieldEntry entry = entries.getOrDefault(field.code(), FieldEntry.EMPTY);
            ReturnValue value = byField.get(field.id());
            if (value == null) {
                value = new ReturnValue(field.id());
                values.add(value);
            }
            value.answer(entry, figures.get(field.code()));
        }
    }

    /** The LA's questions: one on the whole return and any on single fields, replacing earlier ones. */
    public void query(String overall, Map<UUID, String> byField, List<FieldDefinition> fields) {
        this.overallQuery = overall == null || overall.isBlank() ? null : overall.trim();
        Map<UUID, ReturnValue> existing = valuesByField();
        for (FieldDefinition field : fields) {
            String text = byField.get(field.id());
            ReturnValue value = existing.get(field.id());
            if (value == null && text != null && !text.isBlank()) {
                value = new ReturnValue(field.id());
                values.add(value);
            }
            if (value != null) {
                value.query(text);
            }
        }
    }

    private Map<UUID, ReturnValue> valuesByField() {
        Map<UUID, ReturnValue> byField = new HashMap<>();
        values.forEach(value -> byField.put(value.fieldId(), value));
        return byField;
    }

    public Map<UUID, FieldEntry> entries() {
        Map<UUID, FieldEntry> entries = new HashMap<>();
        values.forEach(value -> entries.put(value.fieldId(), value.toEntry()));
        return entries;
    }

    public Map<UUID, BigDecimal> figures() {
        Map<UUID, BigDecimal> figures = new HashMap<>();
        values.stream()
                .filter(value -> value.figure() != null)
                .forEach(value -> figures.put(value.fieldId(), value.figure()));
        return figures;
    }

    public Map<UUID, String> fieldQueries() {
        Map<UUID, String> queries = new HashMap<>();
        values.stream()
                .filter(value -> value.query() != null)
                .forEach(value -> queries.put(value.fieldId(), value.query()));
        return queries;
    }

    public UUID id() {
        return id;
    }

    public UUID collectionId() {
        return collectionId;
    }

    public UUID schoolId() {
        return schoolId;
    }

    public ReturnStatus status() {
        return status;
    }

    public String overallQuery() {
        return overallQuery;
    }

    public Instant lastChangedAt() {
        return lastChangedAt;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
