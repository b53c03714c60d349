package org.sendplan.portal.administration;

import java.util.UUID;
import org.sendplan.portal.identity.AccountService;
import org.sendplan.portal.identity.AccountSummary;
import org.sendplan.portal.identity.NewAccount;
import org.sendplan.portal.tenancy.MembershipService;
import org.sendplan.portal.tenancy.NewTenant;
import org.sendplan.portal.tenancy.TenantContext;
import org.sendplan.portal.tenancy.TenantScope;
import org.sendplan.portal.tenancy.TenantService;
import org.sendplan.portal.tenancy.TenantSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A platform admin brings a new local authority onto the portal together with its first tenant admin. */
@Service
public class TenantOnboarding {

    private final TenantService tenants;
    private final AccountService accounts;
    private final MembershipService memberships;
    private final TransactionTemplate transaction;

    TenantOnboarding(
            TenantService tenants,
            AccountService accounts,
            MembershipService memberships,
            PlatformTransactionManager transactions) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.memberships = memberships;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * All in one transaction, run in the new tenant's scope so row-level security accepts its first
     * membership. An existing username is reused: the same person may serve several tenants.
     */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public TenantSummary onboard(NewTenant tenant, NewAccount firstAdmin) {
        UUID tenantId = UUID.randomUUID();
        return TenantContext.callAs(
                TenantScope.ofTenant(tenantId),
                () -> transaction.execute(status -> {
                    TenantSummary created = tenants.create(tenantId, tenant);
                    AccountSummary admin = accounts.findByUsername(firstAdmin.username())
                            .orElseGet(() -> accounts.createLocalAccount(firstAdmin));
                    memberships.addFirstTenantAdmin(admin.id());
                    return created;
                }));
    }
}
