package org.sendplan.portal.identity.internal;

import java.time.Instant;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.identity.SignInService;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-in against the portal's own accounts. A successful sign-in becomes a
 * {@code PortalAuthentication}, exactly as a Keycloak sign-in does.
 */
class LocalAccountAuthenticationProvider extends DaoAuthenticationProvider {

    private final SignInService signIn;

    LocalAccountAuthenticationProvider(
            LocalAccountDetailsService accounts, PasswordEncoder passwordEncoder, SignInService signIn) {
        super(accounts);
        this.signIn = signIn;
        setPasswordEncoder(passwordEncoder);
        setPreAuthenticationChecks(user -> {
            LocalAccountDetails details = (LocalAccountDetails) user;
            if (details.account().lockedAt(Instant.now())) {
                throw new LockedException("Too many failed sign-in attempts. This account is locked until "
                        + DisplayFormats.TIME.format(details.account().lockedUntil())
                        + ". Try again then, or ask your administrator.");
            }
            if (!details.isEnabled()) {
                throw new DisabledException(
                        "Your local authority's access to the portal is suspended, or you are no longer a member. "
                                + "Contact your local authority's system owner.");
            }
        });
    }

    @Override
    protected Authentication createSuccessAuthentication(
            Object principal, Authentication authentication, UserDetails user) {
        return signIn.authenticationFor(
                ((LocalAccountDetails) user).account().toSummary(), authentication.getDetails());
    }
}
