package org.sendplan.portal.plans.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.plans.ActionChangeRecord;

/** One changed field of one action: who, when, from what, to what. Written once, never changed. */
@Entity
@Immutable
@Table(name = "action_change")
public class ActionChange {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "plan_id")
    private UUID planId;

    @Column(name = "action_id")
    private UUID actionId;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_by_id")
    private UUID changedById;

    private String field;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    protected ActionChange() {}

    public ActionChange(
            UUID planId,
            UUID actionId,
            Instant at,
            String by,
            UUID byId,
            String field,
            String oldValue,
            String newValue) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.actionId = actionId;
        this.changedAt = at;
        this.changedBy = by;
        this.changedById = byId;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public ActionChangeRecord toRecord() {
        return new ActionChangeRecord(actionId, changedAt, changedBy, field, oldValue, newValue);
    }
}
