package org.sendplan.portal.finance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** A finance table the local authority publishes to its parent carers and schools: who chose to, and when. */
@Entity
@Immutable
@Table(name = "finance_publication")
public class FinancePublication {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "subject_kind")
    private String subjectKind;

    @Column(name = "subject_id")
    private UUID subjectId;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected FinancePublication() {}

    public FinancePublication(String subjectKind, UUID subjectId, String publishedBy) {
        this.id = UUID.randomUUID();
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.publishedBy = publishedBy;
        this.publishedAt = Instant.now();
    }

    public UUID subjectId() {
        return subjectId;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
