package org.sendplan.portal.plans.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.plans.MilestoneDraft;

@Entity
@Table(name = "action_milestone")
class Milestone {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    /** Read-only copy of the owning action's key, so queries can reach milestones without loading actions. */
    @Column(name = "action_id", insertable = false, updatable = false)
    private UUID actionId;

    private String title;

    @Column(name = "due_date")
    private LocalDate dueDate;

    private boolean done;

    protected Milestone() {}

    Milestone(MilestoneDraft draft) {
        this.id = UUID.randomUUID();
        this.title = draft.title().trim();
        this.dueDate = draft.dueDate();
        this.done = draft.done();
    }

    MilestoneDraft toDraft() {
        return new MilestoneDraft(title, dueDate, done);
    }
}
