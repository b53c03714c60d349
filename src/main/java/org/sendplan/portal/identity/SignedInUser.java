package org.sendplan.portal.identity;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sendplan.portal.tenancy.Role;
import org.sendplan.portal.tenancy.TenantSummary;

/**
 * The signed-in person as the rest of the portal sees them, whether they signed in with a local
 * account or through Keycloak: who they are, the tenant they are working in, and what they may do there.
 */
public record SignedInUser(
        UUID personId,
        String username,
        String displayName,
        boolean platformAdmin,
        TenantSummary tenant,
        Set<Role> roles,
        Set<UUID> organisationIds)
        implements Serializable {

    public Optional<TenantSummary> currentTenant() {
        return Optional.ofNullable(tenant);
    }

    public boolean hasRole(Role role) {
        return role == Role.PLATFORM_ADMIN ? platformAdmin : roles.contains(role);
    }

    /** A school editor with no tenant-wide role reaches only their own school(s). */
    public boolean limitedToOwnOrganisations() {
        return tenant != null && roles.stream().noneMatch(Role::tenantWide);
    }
}
