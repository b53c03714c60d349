package org.sendplan.portal.comments.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** Someone's report that a comment breaks the rules, open until a moderator acts on it or dismisses it. */
@Entity
@Table(name = "comment_report")
public class CommentReport {

    public enum Status {
        OPEN,
        DISMISSED,
        ACTED_ON
    }

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "comment_id", updatable = false)
    private UUID commentId;

    @Column(name = "reported_by_id", updatable = false)
    private UUID reportedById;

    @Column(name = "reported_by_name", updatable = false)
    private String reportedByName;

    private String reason;

    @Column(name = "reported_at", updatable = false)
    private Instant reportedAt;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Version
    private long version;

    protected CommentReport() {}

    public CommentReport(UUID commentId, UUID reportedById, String reportedByName, String reason, Instant reportedAt) {
        this.id = UUID.randomUUID();
        this.commentId = commentId;
        this.reportedById = reportedById;
        this.reportedByName = reportedByName;
        this.reason = reason;
        this.reportedAt = reportedAt;
        this.status = Status.OPEN;
    }

    public void close(Status outcome) {
        this.status = outcome;
    }

    public UUID commentId() {
        return commentId;
    }

    public UUID reportedById() {
        return reportedById;
    }

    public String reportedByName() {
        return reportedByName;
    }

    public String reason() {
        return reason;
    }

    public Instant reportedAt() {
        return reportedAt;
    }
}
