package org.sendplan.portal.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sendplan.portal.identity.internal.PersonAccount;
import org.sendplan.portal.identity.internal.PersonAccounts;
import org.sendplan.portal.identity.internal.keycloak.KeycloakSignInDetails;
import org.sendplan.portal.tenancy.MembershipService;
import org.sendplan.portal.tenancy.TenantContext;
import org.sendplan.portal.tenancy.TenantMembership;
import org.sendplan.portal.tenancy.TenantScope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Turns a person who has proved who they are (password or token) into a portal session, and moves
 * that session between the tenants the person belongs to.
 */
@Service
public class SignInService {

    private final MembershipService memberships;
    private final SecurityEventLog securityEvents;
    private final PersonAccounts accounts;
    private final CurrentUser currentUser;

    SignInService(
            MembershipService memberships,
            SecurityEventLog securityEvents,
            PersonAccounts accounts,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.memberships = memberships;
        this.securityEvents = securityEvents;
        this.accounts = accounts;
    }

    /**
     * Tenants where the signed-in person may work now (suspended tenants are left out). For a Keycloak
     * sign-in these are the tenants its token named: Keycloak, not the membership table, says where they belong.
     */
    public List<TenantMembership> activeTenantsOfCurrentUser() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof PortalAuthentication portal
                && portal.getDetails() instanceof KeycloakSignInDetails keycloak) {
            return keycloak.memberships();
        }
        return currentUser.find().map(user -> tenantsForSignIn(user.personId())).orElse(List.of());
    }

    /**
     * For sign-in code only, once the person has proved who they are: runs in that person's scope,
     * whoever else this thread's session belonged to before.
     */
    public List<TenantMembership> tenantsForSignIn(UUID personId) {
        return TenantContext.callAs(
                TenantScope.ofPerson(personId),
                () -> memberships.membershipsOf(personId).stream()
                        .filter(m -> m.tenant().active())
                        .toList());
    }

    /** The session for a person who just signed in: straight into their tenant when they have only one. */
    public PortalAuthentication authenticationFor(AccountSummary account, Object details) {
        return authenticationFor(account, tenantsForSignIn(account.id()), details);
    }

    /** The same for a person whose tenants were decided elsewhere (by Keycloak). */
    public PortalAuthentication authenticationFor(
            AccountSummary account, List<TenantMembership> tenants, Object details) {
        TenantMembership only = tenants.size() == 1 ? tenants.getFirst() : null;
        return new PortalAuthentication(
                userOf(account.id(), account.username(), account.displayName(), account.platformAdmin(), only),
                details);
    }

    /**
     * For a caller that proved it acts for a person in one tenant (an API token): that person with their roles
     * there today, so a removed member or a suspended tenant is refused at once. Empty when they no longer belong.
     */
    public Optional<PortalAuthentication> authenticationInTenant(UUID personId, UUID tenantId, Object details) {
        Optional<PersonAccount> account = accounts.findById(personId);
        Optional<TenantMembership> membership = tenantsForSignIn(personId).stream()
                .filter(m -> m.tenant().id().equals(tenantId))
                .findFirst();
        if (account.isEmpty() || membership.isEmpty()) {
            return Optional.empty();
        }
        AccountSummary person = account.get().toSummary();
        return Optional.of(new PortalAuthentication(
                userOf(person.id(), person.username(), person.displayName(), false, membership.get()), details));
    }

    /**
     * Moves the current thread's security context into another tenant the person belongs to, with that
     * tenant's roles; returns that context, which the browser session keeps through {@code identity.ui.TenantSwitch}.
     */
    public SecurityContext switchTo(String tenantSlug) {
        PortalAuthentication current =
                (PortalAuthentication) SecurityContextHolder.getContext().getAuthentication();
        SignedInUser user = current.getPrincipal();
        TenantMembership membership = activeTenantsOfCurrentUser().stream()
                .filter(m -> m.tenant().slug().equals(tenantSlug))
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("Not a member of " + tenantSlug));
        SignedInUser switched =
                userOf(user.personId(), user.username(), user.displayName(), user.platformAdmin(), membership);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new PortalAuthentication(switched, current.getDetails()));
        SecurityContextHolder.setContext(context);
        securityEvents.record(
                SecurityEventKind.TENANT_CHOSEN,
                user.username(),
                user.personId(),
                Set.of(membership.tenant().id()),
                null);
        return context;
    }

    private static SignedInUser userOf(
            UUID personId, String username, String displayName, boolean platformAdmin, TenantMembership in) {
        return in == null
                ? new SignedInUser(personId, username, displayName, platformAdmin, null, Set.of(), Set.of())
                : new SignedInUser(
                        personId,
                        username,
                        displayName,
                        platformAdmin,
                        in.tenant(),
                        Set.copyOf(in.roles()),
                        Set.copyOf(in.organisationIds()));
    }
}
