package org.sendplan.portal.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sendplan.portal.tenancy.Role;
import org.sendplan.portal.tenancy.TenantScope;
import org.sendplan.portal.tenancy.TenantScoped;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A signed-in session, however the person signed in. Its authorities are the roles in the tenant
 * they are working in, so choosing another tenant replaces the whole authentication.
 */
public final class PortalAuthentication extends AbstractAuthenticationToken implements TenantScoped {

    private final SignedInUser user;

    public PortalAuthentication(SignedInUser user, Object details) {
        super(authoritiesOf(user));
        this.user = user;
        setDetails(details);
        setAuthenticated(true);
    }

    @Override
    public SignedInUser getPrincipal() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return user.username();
    }

    @Override
    public TenantScope tenantScope() {
        return new TenantScope(user.tenant() == null ? null : user.tenant().id(), user.personId());
    }

    @Override
    public boolean limitedToOwnOrganisations() {
        return user.limitedToOwnOrganisations();
    }

    @Override
    public Set<UUID> organisationIds() {
        return user.organisationIds();
    }

    private static List<GrantedAuthority> authoritiesOf(SignedInUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (user.platformAdmin()) {
            authorities.add(new SimpleGrantedAuthority(Role.PLATFORM_ADMIN.authority()));
        }
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return authorities;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PortalAuthentication that && super.equals(that) && user.equals(that.user);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + user.hashCode();
    }
}
