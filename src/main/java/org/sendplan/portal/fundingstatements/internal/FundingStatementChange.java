package org.sendplan.portal.fundingstatements.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.fundingstatements.StatementChange;

/** One entry in a statement's history. */
@Entity
@Immutable
@Table(name = "sen_funding_change")
public class FundingStatementChange {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "statement_id")
    private UUID statementId;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    private String summary;

    protected FundingStatementChange() {}

    public FundingStatementChange(UUID statementId, String changedBy, String summary) {
        this.id = UUID.randomUUID();
        this.statementId = statementId;
        this.changedAt = Instant.now();
        this.changedBy = changedBy;
        this.summary = summary;
    }

    public StatementChange toRecord() {
        return new StatementChange(changedAt, changedBy, summary);
    }
}
