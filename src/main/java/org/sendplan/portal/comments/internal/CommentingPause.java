package org.sendplan.portal.comments.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** A moderator's decision that one person may not comment until a date (the latest decision counts). */
@Entity
@Immutable
@Table(name = "commenting_pause")
public class CommentingPause {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "paused_until")
    private LocalDate pausedUntil;

    private String reason;

    @Column(name = "paused_by")
    private String pausedBy;

    @Column(name = "paused_at")
    private Instant pausedAt;

    protected CommentingPause() {}

    public CommentingPause(UUID personId, LocalDate pausedUntil, String reason, String pausedBy, Instant pausedAt) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.pausedUntil = pausedUntil;
        this.reason = reason;
        this.pausedBy = pausedBy;
        this.pausedAt = pausedAt;
    }

    /** Paused through the whole of {@code pausedUntil}; commenting opens again the day after. */
    public boolean appliesOn(LocalDate day) {
        return !day.isAfter(pausedUntil);
    }

    public LocalDate pausedUntil() {
        return pausedUntil;
    }

    public String reason() {
        return reason;
    }
}
