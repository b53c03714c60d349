package org.sendplan.portal.identity;

import java.util.Optional;
import java.util.UUID;
import org.sendplan.portal.tenancy.Role;
import org.sendplan.portal.tenancy.TenantSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place that answers "who is signed in?", for views and services alike: inject it rather than
 * reading the security context or writing a helper of your own. Works the same for a browser session,
 * an API token and code running as someone (demo data, scheduled jobs that set a context).
 */
@Component
public class CurrentUser {

    /** Recorded as the person of a change made with nobody signed in (start-up, scheduled jobs). */
    public static final String NOBODY = "System";

    /** The signed-in person, if anyone is. */
    public Optional<SignedInUser> find() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof PortalAuthentication portal
                ? Optional.of(portal.getPrincipal())
                : Optional.empty();
    }

    /** The signed-in person; refused as access denied when nobody is. */
    public SignedInUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }

    /** The signed-in person working in a local authority; refused as access denied otherwise. */
    public SignedInUser requireInTenant() {
        return find().filter(user -> user.tenant() != null)
                .orElseThrow(() -> new AccessDeniedException("Sign in to a local authority first"));
    }

    /** The signed-in person's id, or empty when nobody is (a change made by the system). */
    public Optional<UUID> personId() {
        return find().map(SignedInUser::personId);
    }

    /**
     * The name to record for whoever is acting now: the person; else the name of a non-person that is
     * authenticated (the demo-data runner); else {@link #NOBODY}.
     */
    public String displayName() {
        return find().map(SignedInUser::displayName).orElseGet(() -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication == null || authentication instanceof AnonymousAuthenticationToken
                    ? NOBODY
                    : authentication.getName();
        });
    }

    /** The tenant the signed-in person is working in; refused when there is none. */
    public TenantSummary tenant() {
        return require().currentTenant().orElseThrow(() -> new AccessDeniedException("Choose a local authority first"));
    }

    /** The address name of the tenant being worked in, as in {@code /t/<slug>/...}. */
    public String tenantSlug() {
        return tenant().slug();
    }

    public boolean hasRole(Role role) {
        return find().map(user -> user.hasRole(role)).orElse(false);
    }
}
