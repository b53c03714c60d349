package org.sendplan.portal.plans.internal;

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
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.plans.PlanDraft;
import org.sendplan.portal.plans.PlanStatus;
import org.sendplan.portal.plans.PlanSummary;

@Entity
@Table(name = "improvement_plan")
public class ImprovementPlan {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private String title;

    @Column(name = "first_year")
    private int firstYear;

    @Column(name = "last_year")
    private int lastYear;

    private String description;

    @Enumerated(EnumType.STRING)
    private PlanStatus status;

    @Column(name = "approved_versions")
    private int approvedVersions;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private long version;

    protected ImprovementPlan() {}

    public ImprovementPlan(PlanDraft draft, String by) {
        this.id = UUID.randomUUID();
        this.status = PlanStatus.DRAFT;
        apply(draft, by);
    }

    public void apply(PlanDraft draft, String by) {
        this.title = draft.title().trim();
        this.firstYear = draft.firstYear().startYear();
        this.lastYear = draft.lastYear().startYear();
        this.description = draft.description() == null || draft.description().isBlank()
                ? null
                : draft.description().trim();
        touch(by);
    }

    public void touch(String by) {
        this.updatedAt = Instant.now();
        this.updatedBy = by;
    }

    public void moveTo(PlanStatus target, String by) {
        this.status = target;
        if (target == PlanStatus.APPROVED) {
            approvedVersions++;
        }
        touch(by);
    }

    /** An approved or active plan whose content changes becomes a new draft; its approved version stays frozen. */
    public boolean reopenAsDraftIfApproved(String by) {
        if (status == PlanStatus.APPROVED || status == PlanStatus.ACTIVE) {
            status = PlanStatus.DRAFT;
            touch(by);
            return true;
        }
        return false;
    }

    public void describeIfBlank(String text) {
        if (description == null && text != null && !text.isBlank()) {
            description = text.trim();
        }
    }

    public UUID id() {
        return id;
    }

    public PlanStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public int approvedVersions() {
        return approvedVersions;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public PlanSummary toSummary() {
        return new PlanSummary(
                id,
                title,
                new FinancialYear(firstYear),
                new FinancialYear(lastYear),
                description,
                status,
                approvedVersions,
                updatedAt,
                updatedBy,
                version);
    }
}
