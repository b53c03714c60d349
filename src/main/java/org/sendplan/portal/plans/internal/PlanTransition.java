package org.sendplan.portal.plans.internal;

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
import org.sendplan.portal.plans.PlanStatus;
import org.sendplan.portal.plans.PlanTransitionRecord;

/** Who moved a plan from one stage of its life to the next, and when. */
@Entity
@Immutable
@Table(name = "plan_transition")
public class PlanTransition {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "plan_id")
    private UUID planId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private PlanStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private PlanStatus toStatus;

    @Column(name = "moved_at")
    private Instant movedAt;

    @Column(name = "moved_by")
    private String movedBy;

    protected PlanTransition() {}

    public PlanTransition(UUID planId, PlanStatus from, PlanStatus to, String by) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.fromStatus = from;
        this.toStatus = to;
        this.movedAt = Instant.now();
        this.movedBy = by;
    }

    public PlanTransitionRecord toRecord() {
        return new PlanTransitionRecord(fromStatus, toStatus, movedAt, movedBy);
    }
}
