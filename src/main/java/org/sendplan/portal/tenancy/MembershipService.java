package org.sendplan.portal.tenancy;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.tenancy.internal.Membership;
import org.sendplan.portal.tenancy.internal.Memberships;
import org.sendplan.portal.tenancy.internal.Organisations;
import org.sendplan.portal.tenancy.internal.Tenants;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Who belongs to the current tenant, with which roles and organisation. */
@Service
@Transactional(readOnly = true)
public class MembershipService {

    private final Memberships memberships;
    private final Organisations organisations;
    private final Tenants tenants;
    private final TransactionTemplate readOnly;

    MembershipService(
            Memberships memberships,
            Organisations organisations,
            Tenants tenants,
            PlatformTransactionManager transactions) {
        this.memberships = memberships;
        this.organisations = organisations;
        this.tenants = tenants;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Every tenant the person belongs to, for sign-in and for choosing a tenant. Only for the person
     * in the current scope: the signed-in person, or the one sign-in has just proved (it sets that
     * scope). Row-level security lets the query read that person's memberships and nobody else's.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<TenantMembership> membershipsOf(UUID personId) {
        if (!personId.equals(TenantContext.current().personId())) {
            throw new AccessDeniedException("Only a person's own memberships may be listed");
        }
        return TenantContext.callAs(
                TenantScope.ofPerson(personId),
                () -> readOnly.execute(status -> {
                    Map<UUID, List<Memberships.MembershipRow>> byTenant =
                            memberships.findEverywhereByPersonId(personId).stream()
                                    .collect(Collectors.groupingBy(
                                            Memberships.MembershipRow::getTenantId,
                                            LinkedHashMap::new,
                                            Collectors.toList()));
                    return byTenant.entrySet().stream()
                            .map(entry -> tenants.findById(entry.getKey())
                                    .map(tenant -> new TenantMembership(
                                            tenant.toSummary(),
                                            rolesOf(entry.getValue()),
                                            organisationsOf(entry.getValue()))))
                            .flatMap(Optional::stream)
                            .sorted((a, b) -> a.tenant()
                                    .name()
                                    .compareToIgnoreCase(b.tenant().name()))
                            .toList();
                }));
    }

    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'LA_OFFICER')")
    public List<MemberDetails> members() {
        return memberships.findAll().stream().map(MembershipService::toDetails).toList();
    }

    /** Everyone who belongs to the current tenant, so any member can mention another by name. */
    @PreAuthorize("isAuthenticated()")
    public Set<UUID> memberPersonIds() {
        return memberships.findAll().stream().map(Membership::personId).collect(Collectors.toSet());
    }

    @PreAuthorize("isAuthenticated()")
    public long countMembers() {
        return memberships.findAll().stream()
                .map(Membership::personId)
                .distinct()
                .count();
    }

    @PreAuthorize("isAuthenticated()")
    public long countMembersOf(UUID organisationId) {
        return memberships.countByOrganisationId(organisationId);
    }

    /**
     * The people of one organisation in the current tenant who hold a role, such as a school's editors, so
     * they can be told about it; also for background work, which has no signed-in person.
     */
    public Map<UUID, Set<UUID>> peopleOf(Collection<UUID> organisationIds, Role role) {
        return memberships.findByOrganisationIdIn(organisationIds).stream()
                .filter(m -> m.roles().contains(role))
                .collect(Collectors.groupingBy(
                        Membership::organisationId, Collectors.mapping(Membership::personId, Collectors.toSet())));
    }

    /**
     * Everyone in the current tenant who holds any of the roles, such as the parent carers told that a
     * consultation has opened; also for background work, which has no signed-in person.
     */
    public Set<UUID> peopleWith(Collection<Role> roles) {
        return memberships.findAll().stream()
                .filter(m -> m.roles().stream().anyMatch(roles::contains))
                .map(Membership::personId)
                .collect(Collectors.toSet());
    }

    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public MemberDetails addMember(UUID personId, Set<Role> roles, UUID organisationId) {
        checkRoles(roles, organisationId);
        boolean already = memberships.findByPersonId(personId).stream()
                .anyMatch(m -> Objects.equals(m.organisationId(), organisationId));
        if (already) {
            throw new InvalidInputException(
                    "username", "That person is already a member here; change their roles instead");
        }
        return toDetails(memberships.saveAndFlush(new Membership(personId, organisationId, roles)));
    }

    /** The first tenant admin of a new tenant, added by the platform admin who created it. */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Transactional
    public MemberDetails addFirstTenantAdmin(UUID personId) {
        return toDetails(memberships.saveAndFlush(new Membership(personId, null, EnumSet.of(Role.TENANT_ADMIN))));
    }

    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public MemberDetails changeMember(UUID membershipId, long expectedVersion, Set<Role> roles, UUID organisationId) {
        Membership membership = load(membershipId, expectedVersion);
        checkRoles(roles, organisationId);
        if (membership.roles().contains(Role.TENANT_ADMIN) && !roles.contains(Role.TENANT_ADMIN)) {
            checkAnotherTenantAdminRemains(membershipId);
        }
        membership.changeRoles(roles);
        membership.moveTo(organisationId);
        return toDetails(memberships.saveAndFlush(membership));
    }

    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public void removeMember(UUID membershipId, long expectedVersion) {
        Membership membership = load(membershipId, expectedVersion);
        if (membership.roles().contains(Role.TENANT_ADMIN)) {
            checkAnotherTenantAdminRemains(membershipId);
        }
        memberships.delete(membership);
    }

    private Membership load(UUID membershipId, long expectedVersion) {
        Membership membership = memberships
                .findById(membershipId)
                .orElseThrow(() -> new InvalidInputException("That membership no longer exists"));
        if (membership.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Membership.class, membershipId);
        }
        return membership;
    }

    private void checkAnotherTenantAdminRemains(UUID membershipId) {
        boolean another = memberships.findAll().stream()
                .anyMatch(m -> !m.id().equals(membershipId) && m.roles().contains(Role.TENANT_ADMIN));
        if (!another) {
            throw new InvalidInputException("roles", "A local authority needs at least one tenant administrator");
        }
    }

    private void checkRoles(Set<Role> roles, UUID organisationId) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "Choose at least one role");
        }
        if (roles.contains(Role.PLATFORM_ADMIN)) {
            throw new InvalidInputException("roles", "Platform administrator is not a role within a local authority");
        }
        if (roles.equals(EnumSet.of(Role.MODERATOR))) {
            throw new InvalidInputException("roles", "Moderator is a duty added to a role: choose their role as well");
        }
        if (organisationId != null && organisations.findById(organisationId).isEmpty()) {
            throw new InvalidInputException("organisation", "That organisation is not in this local authority");
        }
        if (roles.contains(Role.SCHOOL_EDITOR)) {
            boolean school = organisationId != null
                    && organisations
                            .findById(organisationId)
                            .map(o -> o.toDetails().kind() == OrganisationKind.SCHOOL)
                            .orElse(false);
            if (!school) {
                throw new InvalidInputException(
                        "organisation", "A school editor must belong to a school: choose their school");
            }
        }
    }

    private static MemberDetails toDetails(Membership m) {
        return new MemberDetails(m.id(), m.personId(), m.roles(), m.organisationId(), m.version());
    }

    private static Set<Role> rolesOf(List<Memberships.MembershipRow> rows) {
        return rows.stream()
                .flatMap(row -> Arrays.stream(row.getRoles().split(",")))
                .map(Role::fromCode)
                .flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static Set<UUID> organisationsOf(List<Memberships.MembershipRow> rows) {
        Set<UUID> ids = new HashSet<>();
        rows.stream()
                .map(Memberships.MembershipRow::getOrganisationId)
                .filter(Objects::nonNull)
                .forEach(ids::add);
        return ids;
    }
}
