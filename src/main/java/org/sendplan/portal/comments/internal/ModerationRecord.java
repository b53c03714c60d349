package org.sendplan.portal.comments.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** One line of the moderation log: who did what to which comment or person, when and why. */
@Entity
@Immutable
@Table(name = "moderation_log")
public class ModerationRecord {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "acted_at")
    private Instant actedAt;

    @Column(name = "moderator_id")
    private UUID moderatorId;

    @Column(name = "moderator_name")
    private String moderatorName;

    private String action;

    @Column(name = "comment_id")
    private UUID commentId;

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "person_name")
    private String personName;

    private String reason;

    protected ModerationRecord() {}

    public ModerationRecord(
            Instant actedAt,
            UUID moderatorId,
            String moderatorName,
            String action,
            UUID commentId,
            UUID personId,
            String personName,
            String reason) {
        this.id = UUID.randomUUID();
        this.actedAt = actedAt;
        this.moderatorId = moderatorId;
        this.moderatorName = moderatorName;
        this.action = action;
        this.commentId = commentId;
        this.personId = personId;
        this.personName = personName;
        this.reason = reason;
    }

    public Instant actedAt() {
        return actedAt;
    }

    public String moderatorName() {
        return moderatorName;
    }

    public String action() {
        return action;
    }

    public UUID commentId() {
        return commentId;
    }

    public String personName() {
        return personName;
    }

    public String reason() {
        return reason;
    }
}
