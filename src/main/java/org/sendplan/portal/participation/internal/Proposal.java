package org.sendplan.portal.participation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.participation.EstimateKind;
import org.sendplan.portal.participation.ProposalDraft;
import org.sendplan.portal.participation.ProposalOutcome;

/** An idea for the plan from a parent carer, school or board member; the LA's latest response is kept on it. */
@Entity
@Table(name = "proposal")
public class Proposal {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "plan_id", updatable = false)
    private UUID planId;

    @Column(name = "theme_id")
    private UUID themeId;

    private String title;
    private String problem;
    private String idea;

    @Column(name = "expected_impact")
    private String expectedImpact;

    private BigDecimal estimate;

    @Enumerated(EnumType.STRING)
    @Column(name = "estimate_kind")
    private EstimateKind estimateKind;

    @Column(name = "proposer_id", updatable = false)
    private UUID proposerId;

    @Column(name = "proposer_name", updatable = false)
    private String proposerName;

    @Column(name = "raised_at", updatable = false)
    private Instant raisedAt;

    @Enumerated(EnumType.STRING)
    private ProposalOutcome outcome;

    @Column(name = "action_id")
    private UUID actionId;

    @Version
    private long version;

    protected Proposal() {}

    public Proposal(ProposalDraft draft, UUID proposerId, String proposerName, Instant at) {
        this.id = UUID.randomUUID();
        this.planId = draft.planId();
        this.themeId = draft.themeId();
        this.title = draft.title().strip();
        this.problem = draft.problem().strip();
        this.idea = draft.idea().strip();
        this.expectedImpact = draft.expectedImpact().strip();
        this.estimate = draft.estimate();
        this.estimateKind = draft.estimate() == null ? null : draft.estimateKind();
        this.proposerId = proposerId;
        this.proposerName = proposerName;
        this.raisedAt = at;
    }

    public void respond(ProposalOutcome outcome, UUID actionId) {
        this.outcome = outcome;
        this.actionId = actionId;
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public UUID themeId() {
        return themeId;
    }

    public String title() {
        return title;
    }

    public String problem() {
        return problem;
    }

    public String idea() {
        return idea;
    }

    public String expectedImpact() {
        return expectedImpact;
    }

    public BigDecimal estimate() {
        return estimate;
    }

    public EstimateKind estimateKind() {
        return estimateKind;
    }

    public UUID proposerId() {
        return proposerId;
    }

    public String proposerName() {
        return proposerName;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public ProposalOutcome outcome() {
        return outcome;
    }

    public UUID actionId() {
        return actionId;
    }

    public long version() {
        return version;
    }
}
