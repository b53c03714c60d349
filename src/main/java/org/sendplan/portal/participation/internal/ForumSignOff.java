package org.sendplan.portal.participation.internal;

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
import org.sendplan.portal.participation.ForumPosition;
import org.sendplan.portal.participation.ForumPositionDetails;

/** The forum's recorded position on one version of a plan; the forum lead may revise it until approval. */
@Entity
@Table(name = "forum_position")
public class ForumSignOff {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "plan_id", updatable = false)
    private UUID planId;

    @Column(name = "version_number", updatable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    private ForumPosition position;

    private String statement;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Version
    private long version;

    protected ForumSignOff() {}

    public ForumSignOff(UUID planId, int versionNumber) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.versionNumber = versionNumber;
    }

    public void record(ForumPosition position, String statement, String by, Instant at) {
        this.position = position;
        this.statement = statement;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public long version() {
        return version;
    }

    public ForumPositionDetails toDetails() {
        return new ForumPositionDetails(planId, versionNumber, position, statement, recordedBy, recordedAt, version);
    }
}
