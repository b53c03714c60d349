package org.sendplan.portal.plans.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A group of a plan's actions, such as "Preparing for Adulthood". */
@Entity
@Table(name = "plan_theme")
public class Theme {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "plan_id")
    private UUID planId;

    private String title;
    private int position;

    @Version
    private long version;

    protected Theme() {}

    public Theme(UUID planId, String title, int position) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.title = title.trim();
        this.position = position;
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public String title() {
        return title;
    }

    public int position() {
        return position;
    }
}
