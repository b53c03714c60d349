package org.sendplan.portal.identity.internal.keycloak;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sendplan.portal.tenancy.Role;
import org.sendplan.portal.tenancy.TenantMembership;
import org.sendplan.portal.tenancy.TenantSummary;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/**
 * The details of a portal session that began in Keycloak: the ID token, to end the Keycloak session
 * on sign-out, and the tenants the token named with the roles there. Keycloak, not the membership
 * table, says where such a person belongs, so choosing a tenant reads these.
 */
public record KeycloakSignInDetails(String registrationId, OidcIdToken idToken, List<Tenant> tenants)
        implements Serializable {

    public record Tenant(TenantSummary tenant, Set<Role> roles, Set<UUID> organisationIds) implements Serializable {}

    static KeycloakSignInDetails of(String registrationId, KeycloakUser user) {
        return new KeycloakSignInDetails(
                registrationId,
                user.getIdToken(),
                user.tenants().stream()
                        .map(m -> new Tenant(m.tenant(), Set.copyOf(m.roles()), Set.copyOf(m.organisationIds())))
                        .toList());
    }

    public List<TenantMembership> memberships() {
        return tenants.stream()
                .map(t -> new TenantMembership(t.tenant(), t.roles(), t.organisationIds()))
                .toList();
    }
}
