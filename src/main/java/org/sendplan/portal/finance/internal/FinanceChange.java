package org.sendplan.portal.finance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.finance.FinanceChangeRecord;

/** One entry in the history of a finance table: who changed it, when, and what they did. */
@Entity
@Immutable
@Table(name = "finance_change")
public class FinanceChange {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "subject_kind")
    private String subjectKind;

    @Column(name = "subject_id")
    private UUID subjectId;

    private String summary;

    protected FinanceChange() {}

    public FinanceChange(String subjectKind, UUID subjectId, String changedBy, String summary) {
        this.id = UUID.randomUUID();
        this.changedAt = Instant.now();
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.changedBy = changedBy;
        this.summary = summary;
    }

    public FinanceChangeRecord toRecord() {
        return new FinanceChangeRecord(changedAt, changedBy, summary);
    }
}
