package org.sendplan.portal.participation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.participation.ProposalOutcome;
import org.sendplan.portal.participation.ProposalResponseRecord;

/** One response of the LA to a proposal, kept as given; the action's wording is copied so it reads the same later. */
@Entity
@Table(name = "proposal_response")
public class ProposalResponse {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "proposal_id")
    private UUID proposalId;

    @Enumerated(EnumType.STRING)
    private ProposalOutcome outcome;

    private String reasons;

    @Column(name = "action_id")
    private UUID actionId;

    @Column(name = "action_activity")
    private String actionActivity;

    @Column(name = "responded_by")
    private String respondedBy;

    @Column(name = "responded_at")
    private Instant respondedAt;

    protected ProposalResponse() {}

    public ProposalResponse(
            UUID proposalId,
            ProposalOutcome outcome,
            String reasons,
            UUID actionId,
            String actionActivity,
            String by,
            Instant at) {
        this.id = UUID.randomUUID();
        this.proposalId = proposalId;
        this.outcome = outcome;
        this.reasons = reasons;
        this.actionId = actionId;
        this.actionActivity = actionActivity;
        this.respondedBy = by;
        this.respondedAt = at;
    }

    public UUID proposalId() {
        return proposalId;
    }

    public ProposalResponseRecord toRecord() {
        return new ProposalResponseRecord(outcome, reasons, actionId, actionActivity, respondedBy, respondedAt);
    }
}
