package org.sendplan.portal.plans.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.common.Rag;

/** A dated note on how an action is going; the only way an action's RAG moves. */
@Entity
@Immutable
@Table(name = "progress_update")
public class ProgressUpdate {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "action_id")
    private UUID actionId;

    @Column(name = "update_date")
    private LocalDate updateDate;

    private String narrative;

    @Enumerated(EnumType.STRING)
    private Rag rag;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_rag")
    private Rag previousRag;

    private String reason;

    @Column(name = "evidence_id")
    private UUID evidenceId;

    @Column(name = "posted_by")
    private String postedBy;

    @Column(name = "posted_at")
    private Instant postedAt;

    protected ProgressUpdate() {}

    public ProgressUpdate(
            UUID actionId,
            LocalDate updateDate,
            String narrative,
            Rag rag,
            Rag previousRag,
            String reason,
            UUID evidenceId,
            String postedBy) {
        this.id = UUID.randomUUID();
        this.actionId = actionId;
        this.updateDate = updateDate;
        this.narrative = narrative;
        this.rag = rag;
        this.previousRag = previousRag;
        this.reason = reason;
        this.evidenceId = evidenceId;
        this.postedBy = postedBy;
        this.postedAt = Instant.now();
    }

    public UUID id() {
        return id;
    }

    public LocalDate updateDate() {
        return updateDate;
    }

    public String narrative() {
        return narrative;
    }

    public Rag rag() {
        return rag;
    }

    public Rag previousRag() {
        return previousRag;
    }

    public String reason() {
        return reason;
    }

    public UUID evidenceId() {
        return evidenceId;
    }

    public String postedBy() {
        return postedBy;
    }

    public Instant postedAt() {
        return postedAt;
    }
}
