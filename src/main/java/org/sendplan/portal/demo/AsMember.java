package org.sendplan.portal.demo;

import java.util.function.Supplier;
import org.sendplan.portal.identity.AccountService;
import org.sendplan.portal.identity.SignInService;
import org.sendplan.portal.tenancy.TenantContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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
        Authentication runner = SecurityContextHolder.getContext().getAuthentication();
        var person = accounts.findByUsername(username).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                signIn.authenticationInTenant(person.id(), TenantContext.currentTenantId().orElseThrow(), null).orElseThrow());
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(runner);
        }
    }
}
