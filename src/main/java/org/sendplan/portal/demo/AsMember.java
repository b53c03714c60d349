package org.sendplan.portal.demo;

import java.util.function.Supplier;
import org.sendplan.portal.identity.AccountService;
import org.sendplan.portal.identity.SignInService;
import org.sendplan.portal.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/**
 * Runs demo seeding as one of the demo accounts in the current tenant, signed in as they would be, so
 * proposals, answers and supports belong to a real person who later finds them under "My proposals".
 */
@Component
class AsMember {

    private final AccountService accounts;
    private final SignInService signIn;

    AsMember(AccountService accounts, SignInService signIn) {
        this.accounts = accounts;
        this.signIn = signIn;
    }

    <T> T call(String username, Supplier<T> work) {
        var person = accounts.findByUsername(username).orElseThrow();
        return SignedInAs.call(
                signIn.authenticationInTenant(
                                person.id(), TenantContext.currentTenantId().orElseThrow(), null)
                        .orElseThrow(),
                work);
    }
}
