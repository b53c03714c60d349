package org.sendplan.portal.identity.internal.keycloak;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sendplan.portal.identity.AccountSummary;
import org.sendplan.portal.identity.PortalAuthentication;
import org.sendplan.portal.identity.SignedInUser;
import org.sendplan.portal.tenancy.OrganisationDetails;
import org.sendplan.portal.tenancy.OrganisationKind;
import org.sendplan.portal.tenancy.OrganisationService;
import org.sendplan.portal.tenancy.Role;
import org.sendplan.portal.tenancy.TenantContext;
import org.sendplan.portal.tenancy.TenantMembership;
import org.sendplan.portal.tenancy.TenantScope;
import org.sendplan.portal.tenancy.TenantService;
import org.sendplan.portal.tenancy.TenantSummary;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The tenants a Keycloak token lets its person work in. Keycloak owns these facts, so the portal keeps
 * no membership rows for such a person: each organisation alias names a tenant (its slug), the realm
 * roles apply in each of them, and a school editor's school_urn names their school there.
 */
@Component
class KeycloakTenants {

    private final TenantService tenants;
    private final OrganisationService organisations;

    KeycloakTenants(TenantService tenants, OrganisationService organisations) {
        this.tenants = tenants;
        this.organisations = organisations;
    }

    /** Where the person may work, sorted by name; each organisation left out adds a sentence to {@code problems}. */
    List<TenantMembership> of(AccountSummary person, KeycloakToken token, List<String> problems) {
        List<TenantMembership> memberships = new ArrayList<>();
        for (String alias : token.organisations()) {
            Optional<TenantSummary> found = tenants.findBySlug(alias);
            if (found.isEmpty()) {
                problems.add("Your Keycloak organisation '" + alias + "' is not a local authority on this portal.");
                continue;
            }
            TenantSummary tenant = found.get();
            if (!tenant.active()) {
                problems.add(tenant.name() + "'s access to the portal is suspended.");
                continue;
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            roles.addAll(token.tenantRoles());
            Set<UUID> schools = Set.of();
            if (roles.contains(Role.SCHOOL_EDITOR)) {
                Optional<UUID> school = schoolIn(tenant, person, token.schoolUrn());
                if (school.isPresent()) {
                    schools = Set.of(school.get());
                } else {
                    roles.remove(Role.SCHOOL_EDITOR);
                    problems.add(
                            token.schoolUrn() == null
                                    ? "Your Keycloak account names no school (attribute school_urn), so you cannot work as a school editor."
                                    : "School URN " + token.schoolUrn() + " is not a school in " + tenant.name() + ".");
                }
            }
            if (roles.isEmpty()) {
                problems.add("You have no portal role in " + tenant.name() + ".");
                continue;
            }
            memberships.add(new TenantMembership(tenant, roles, schools));
        }
        memberships.sort(Comparator.comparing(m -> m.tenant().name(), String.CASE_INSENSITIVE_ORDER));
        return memberships;
    }

    /**
     * OrganisationService answers signed-in people only. The person has just proved who they are, so
     * the look-up runs as them, in that tenant, a moment before their session begins.
     */
    private Optional<UUID> schoolIn(TenantSummary tenant, AccountSummary person, String urn) {
        if (urn == null) {
            return Optional.empty();
        }
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext asPerson = SecurityContextHolder.createEmptyContext();
        asPerson.setAuthentication(new PortalAuthentication(
                new SignedInUser(
                        person.id(),
                        person.username(),
                        person.displayName(),
                        false,
                        tenant,
                        Set.of(Role.SCHOOL_EDITOR),
                        Set.of()),
                null));
        SecurityContextHolder.setContext(asPerson);
        try {
            return TenantContext.callAs(
                    new TenantScope(tenant.id(), person.id()),
                    () -> organisations.organisationsOfKind(OrganisationKind.SCHOOL).stream()
                            .filter(school -> urn.equals(school.urn()))
                            .map(OrganisationDetails::id)
                            .findFirst());
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
