package org.sendplan.portal.administration;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendplan.portal.identity.AccountService;
import org.sendplan.portal.identity.AccountSummary;
import org.sendplan.portal.identity.NewAccount;
import org.sendplan.portal.tenancy.MemberDetails;
import org.sendplan.portal.tenancy.MembershipService;
import org.sendplan.portal.tenancy.OrganisationDetails;
import org.sendplan.portal.tenancy.OrganisationService;
import org.sendplan.portal.tenancy.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The members of the current tenant with their names, for a tenant admin in local-account mode. */
@Service
public class MemberDirectory {

    private final MembershipService memberships;
    private final AccountService accounts;
    private final OrganisationService organisations;

    MemberDirectory(MembershipService memberships, AccountService accounts, OrganisationService organisations) {
        this.memberships = memberships;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional(readOnly = true)
    public List<MemberRow> members() {
        List<MemberDetails> all = memberships.members();
        Map<UUID, AccountSummary> people =
                accounts.accountsByIds(all.stream().map(MemberDetails::personId).collect(Collectors.toSet()));
        Map<UUID, OrganisationDetails> organisationsById = organisations.organisations().stream()
                .collect(Collectors.toMap(OrganisationDetails::id, Function.identity()));
        return all.stream()
                .map(m -> {
                    AccountSummary person = people.get(m.personId());
                    OrganisationDetails organisation =
                            m.organisationId() == null ? null : organisationsById.get(m.organisationId());
                    return new MemberRow(
                            m.membershipId(),
                            m.version(),
                            m.personId(),
                            person == null ? "(unknown person)" : person.displayName(),
                            person == null ? "" : person.username(),
                            person == null ? null : person.email(),
                            m.roles(),
                            m.organisationId(),
                            organisation == null ? null : organisation.name());
                })
                .sorted(Comparator.comparing(MemberRow::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Adds a person by username: an existing account joins this tenant, a new one is created with the password given. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public MemberDetails addMember(NewAccount person, Set<Role> roles, UUID organisationId) {
        AccountSummary account =
                accounts.findByUsername(person.username()).orElseGet(() -> accounts.createLocalAccount(person));
        return memberships.addMember(account.id(), roles, organisationId);
    }
}
