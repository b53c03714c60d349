package org.sendplan.portal.plans.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.plans.DeliveredSavingDetails;
import org.sendplan.portal.plans.DeliveredSavingDraft;

/** A saving an action has delivered in a financial year, recorded by someone on a date. */
@Entity
@Table(name = "action_delivered_saving")
public class DeliveredSaving {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "action_id", updatable = false)
    private UUID actionId;

    @Column(name = "financial_year")
    private int financialYear;

    private BigDecimal amount;

    @Column(name = "recorded_on")
    private LocalDate recordedOn;

    private String note;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Version
    private long version;

    protected DeliveredSaving() {}

    public DeliveredSaving(UUID actionId, DeliveredSavingDraft draft, String by) {
        this.id = UUID.randomUUID();
        this.actionId = actionId;
        apply(draft, by);
    }

    public void apply(DeliveredSavingDraft draft, String by) {
        this.financialYear = draft.year().startYear();
        this.amount = draft.amount();
        this.recordedOn = draft.recordedOn();
        this.note = draft.note() == null || draft.note().isBlank()
                ? null
                : draft.note().strip();
        this.recordedBy = by;
        this.recordedAt = Instant.now();
    }

    public UUID actionId() {
        return actionId;
    }

    public long version() {
        return version;
    }

    public DeliveredSavingDetails toDetails() {
        return new DeliveredSavingDetails(
                id,
                actionId,
                new DeliveredSavingDraft(new FinancialYear(financialYear), amount, recordedOn, note),
                recordedBy,
                recordedAt,
                version);
    }
}
