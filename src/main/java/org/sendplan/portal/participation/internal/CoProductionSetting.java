package org.sendplan.portal.participation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.participation.SignOffSetting;

/** A local authority's co-production settings: one row a tenant, made when first changed. */
@Entity
@Table(name = "coproduction_setting")
public class CoProductionSetting {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "sign_off_required")
    private boolean signOffRequired;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private long version;

    protected CoProductionSetting() {}

    public CoProductionSetting(boolean signOffRequired, String by, Instant at) {
        this.id = UUID.randomUUID();
        change(signOffRequired, by, at);
    }

    public void change(boolean signOffRequired, String by, Instant at) {
        this.signOffRequired = signOffRequired;
        this.changedBy = by;
        this.changedAt = at;
    }

    public long version() {
        return version;
    }

    public SignOffSetting toSetting() {
        return new SignOffSetting(signOffRequired, changedBy, changedAt, version);
    }
}
