package org.sendplan.portal.returns.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.returns.ReturnAction;
import org.sendplan.portal.returns.ReturnStepRecord;
import org.springframework.data.domain.Persistable;

/** One step in a return's history: who did what, when, and what they said. */
@Entity
@Immutable
@Table(name = "return_step")
public class ReturnStep implements Persistable<UUID> {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "return_id")
    private UUID returnId;

    @Column(name = "taken_at")
    private Instant takenAt;

    @Column(name = "taken_by")
    private String takenBy;

    @Enumerated(EnumType.STRING)
    private ReturnAction action;

    private String note;

    protected ReturnStep() {}

    public ReturnStep(UUID returnId, ReturnAction action, String takenBy, String note) {
        this.id = UUID.randomUUID();
        this.returnId = returnId;
        this.takenAt = Instant.now();
        this.action = action;
        this.takenBy = takenBy;
        this.note = note == null || note.isBlank() ? null : note.trim();
    }

    @Override
    public UUID getId() {
        return id;
    }

    /** Steps are only ever added, so saving one never needs the select a merge would make. */
    @Override
    public boolean isNew() {
        return true;
    }

    public ReturnStepRecord toRecord() {
        return new ReturnStepRecord(takenAt, takenBy, action, note);
    }
}
