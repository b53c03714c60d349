package org.sendplan.portal.tenancy;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.tenancy.internal.Tenant;
import org.sendplan.portal.tenancy.internal.Tenants;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The registry of local authorities on this installation. */
@Service
@Validated
@Transactional(readOnly = true)
public class TenantService {

    private final Tenants tenants;

    TenantService(Tenants tenants) {
        this.tenants = tenants;
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public List<TenantSummary> allTenants() {
        return tenants.findAllByOrderByName().stream().map(Tenant::toSummary).toList();
    }

    /** For background work that runs once per tenant (e-mail digests), which has no signed-in person. */
    public List<TenantSummary> activeTenants() {
        return tenants.findAllByOrderByName().stream()
                .map(Tenant::toSummary)
                .filter(TenantSummary::active)
                .toList();
    }

    public Optional<TenantSummary> findBySlug(String slug) {
        return tenants.findBySlug(slug).map(Tenant::toSummary);
    }

    public Optional<TenantSummary> find(UUID id) {
        return tenants.findById(id).map(Tenant::toSummary);
    }

    /** The caller chooses the id and runs in that tenant's scope, so the same transaction can add its first members. */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Transactional
    public TenantSummary create(UUID id, @Valid NewTenant tenant) {
        if (!id.equals(TenantContext.currentTenantId().orElse(null))) {
            throw new IllegalStateException("A new tenant is created in its own tenant scope");
        }
        if (tenants.existsBySlug(tenant.slug())) {
            throw new InvalidInputException(
                    "slug", "Another local authority already uses the web address name '" + tenant.slug() + "'");
        }
        if (tenants.existsByLaCode(tenant.laCode())) {
            throw new InvalidInputException(
                    "laCode", "Another local authority already has the LA code " + tenant.laCode());
        }
        List<String> neighbours = tenant.statisticalNeighbours() == null
                ? List.of()
                : tenant.statisticalNeighbours().stream()
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
        Tenant created = new Tenant(
                id,
                tenant.slug(),
                tenant.name().trim(),
                tenant.laCode(),
                tenant.region() == null ? null : tenant.region().trim(),
                neighbours);
        return tenants.saveAndFlush(created).toSummary();
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Transactional
    public TenantSummary suspend(UUID id, long expectedVersion) {
        return changeStatus(id, expectedVersion, TenantStatus.SUSPENDED);
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Transactional
    public TenantSummary reactivate(UUID id, long expectedVersion) {
        return changeStatus(id, expectedVersion, TenantStatus.ACTIVE);
    }

    private TenantSummary changeStatus(UUID id, long expectedVersion, TenantStatus status) {
        Tenant tenant = tenants.findById(id)
                .orElseThrow(() -> new InvalidInputException("That local authority no longer exists"));
        if (tenant.toSummary().version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Tenant.class, id);
        }
        tenant.changeStatus(status);
        return tenants.saveAndFlush(tenant).toSummary();
    }
}
