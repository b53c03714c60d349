package org.sendplan.portal.participation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A consultation on one version of a plan: open from one date to another, both days included. */
@Entity
@Table(name = "consultation")
public class Consultation {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "plan_id", updatable = false)
    private UUID planId;

    @Column(name = "version_number", updatable = false)
    private int versionNumber;

    @Column(name = "opens_on")
    private LocalDate opensOn;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Column(name = "opened_by")
    private String openedBy;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Version
    private long version;

    protected Consultation() {}

    public Consultation(UUID planId, int versionNumber, LocalDate opensOn, LocalDate closesOn, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.versionNumber = versionNumber;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.openedBy = by;
        this.openedAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public long version() {
        return version;
    }
}
