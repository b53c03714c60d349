package org.sendplan.portal.identity.internal;

import org.sendplan.portal.identity.SignInService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

class LocalAccountDetailsService implements UserDetailsService {

    private final PersonAccounts accounts;
    private final SignInService signIn;

    LocalAccountDetailsService(PersonAccounts accounts, SignInService signIn) {
        this.accounts = accounts;
        this.signIn = signIn;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        PersonAccount account = accounts.findByUsername(username.trim())
                .filter(a -> a.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
        boolean mayWork = account.platformAdmin()
                || !signIn.tenantsForSignIn(account.id()).isEmpty();
        return new LocalAccountDetails(account, mayWork);
    }
}
