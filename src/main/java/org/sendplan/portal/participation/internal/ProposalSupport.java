package org.sendplan.portal.participation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One person's support for a proposal; the key allows one a person. */
@Entity
@Table(name = "proposal_support")
public class ProposalSupport {

    @Embeddable
    public record Key(
            @Column(name = "proposal_id") UUID proposalId,
            @Column(name = "person_id") UUID personId) implements Serializable {}

    @EmbeddedId
    private Key key;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "supported_at")
    private Instant supportedAt;

    protected ProposalSupport() {}

    public ProposalSupport(UUID proposalId, UUID personId, Instant at) {
        this.key = new Key(proposalId, personId);
        this.supportedAt = at;
    }
}
