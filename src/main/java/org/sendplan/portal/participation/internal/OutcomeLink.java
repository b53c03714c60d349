package org.sendplan.portal.participation.internal;

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
import org.sendplan.portal.participation.SaidKind;
import org.sendplan.portal.participation.WeDid;

/** Something said, linked by an LA officer to the change it led to, with their statement; never rewritten. */
@Entity
@Table(name = "you_said_we_did")
public class OutcomeLink {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "plan_id", updatable = false)
    private UUID planId;

    @Enumerated(EnumType.STRING)
    @Column(name = "said_kind", updatable = false)
    private SaidKind saidKind;

    @Column(name = "said_id", updatable = false)
    private UUID saidId;

    @Column(name = "action_id", updatable = false)
    private UUID actionId;

    @Column(name = "action_activity", updatable = false)
    private String actionActivity;

    @Column(name = "version_number", updatable = false)
    private Integer versionNumber;

    @Column(updatable = false)
    private String statement;

    @Column(name = "linked_by_id", updatable = false)
    private UUID linkedById;

    @Column(name = "linked_by", updatable = false)
    private String linkedBy;

    @Column(name = "linked_at", updatable = false)
    private Instant linkedAt;

    @Version
    private long version;

    protected OutcomeLink() {}

    public OutcomeLink(
            UUID planId,
            SaidKind saidKind,
            UUID saidId,
            UUID actionId,
            String actionActivity,
            Integer versionNumber,
            String statement,
            UUID linkedById,
            String linkedBy,
            Instant linkedAt) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.saidKind = saidKind;
        this.saidId = saidId;
        this.actionId = actionId;
        this.actionActivity = actionActivity;
        this.versionNumber = versionNumber;
        this.statement = statement;
        this.linkedById = linkedById;
        this.linkedBy = linkedBy;
        this.linkedAt = linkedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public SaidKind saidKind() {
        return saidKind;
    }

    public UUID saidId() {
        return saidId;
    }

    public WeDid weDid() {
        return actionId != null ? WeDid.action(actionId, actionActivity) : WeDid.version(versionNumber);
    }

    public String statement() {
        return statement;
    }

    public String linkedBy() {
        return linkedBy;
    }

    public Instant linkedAt() {
        return linkedAt;
    }
}
