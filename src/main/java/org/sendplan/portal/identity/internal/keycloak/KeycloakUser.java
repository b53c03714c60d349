package org.sendplan.portal.identity.internal.keycloak;

import java.util.List;
import org.sendplan.portal.identity.AccountSummary;
import org.sendplan.portal.tenancy.TenantMembership;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A Keycloak sign-in between Spring's OAuth2 login and the portal session it becomes: the checked
 * OIDC user, plus the person and tenants the portal found for them. Spring's back-channel logout
 * registry keeps it to find the session when Keycloak ends it.
 */
final class KeycloakUser extends DefaultOidcUser {

    private final transient AccountSummary person;
    private final transient List<TenantMembership> tenants;

    KeycloakUser(OidcUser user, AccountSummary person, List<TenantMembership> tenants) {
        super(user.getAuthorities(), user.getIdToken(), user.getUserInfo());
        this.person = person;
        this.tenants = List.copyOf(tenants);
    }

    AccountSummary person() {
        return person;
    }

    List<TenantMembership> tenants() {
        return tenants;
    }
}
