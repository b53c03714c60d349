package org.sendplan.portal.plans.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** A plan as the board approved it, frozen: its actions field by field, as JSON. */
@Entity
@Immutable
@Table(name = "plan_version")
public class PlanVersion {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "plan_id")
    private UUID planId;

    private int number;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    private String snapshot;

    protected PlanVersion() {}

    public PlanVersion(UUID planId, int number, String approvedBy, String snapshot) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.number = number;
        this.approvedAt = Instant.now();
        this.approvedBy = approvedBy;
        this.snapshot = snapshot;
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public int number() {
        return number;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public String snapshot() {
        return snapshot;
    }
}
