package org.sendplan.portal.tenancy.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.sendplan.portal.tenancy.TenantStatus;
import org.sendplan.portal.tenancy.TenantSummary;

/** A local authority using the portal. The registry of tenants is platform data, not tenant-owned. */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    private UUID id;

    private String slug;
    private String name;

    @Column(name = "la_code")
    private String laCode;

    private String region;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "statistical_neighbours")
    private String[] statisticalNeighbours;

    @Enumerated(EnumType.STRING)
    private TenantStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Tenant() {}

    public Tenant(UUID id, String slug, String name, String laCode, String region, List<String> statisticalNeighbours) {
        this.id = id;
        this.slug = slug;
        this.name = name;
        this.laCode = laCode;
        this.region = region;
        this.statisticalNeighbours = statisticalNeighbours.toArray(String[]::new);
        this.status = TenantStatus.ACTIVE;
        this.createdAt = Instant.now();
    }

    public UUID id() {
        return id;
    }

    public void changeStatus(TenantStatus status) {
        this.status = status;
    }

    public TenantSummary toSummary() {
        return new TenantSummary(
                id,
                slug,
                name,
                laCode,
                region,
                statisticalNeighbours == null ? List.of() : Arrays.asList(statisticalNeighbours),
                status,
                version);
    }
}
