package org.sendplan.portal.api.internal;

import java.time.Instant;
import java.util.Optional;
import org.sendplan.portal.api.AccessTokenService;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.identity.PortalAuthentication;
import org.sendplan.portal.identity.SignInService;
import org.sendplan.portal.tenancy.Role;
import org.sendplan.portal.tenancy.TenantContext;
import org.sendplan.portal.tenancy.TenantScope;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a presented token into the same {@link PortalAuthentication} a signed-in person has, with their
 * roles in the token's tenant as they are today, or says in words why it cannot.
 */
@Component
class AccessTokenVerifier {

    private final PersonalAccessTokens tokens;
    private final SignInService signIn;
    private final TransactionTemplate transactions;

    AccessTokenVerifier(PersonalAccessTokens tokens, SignInService signIn, TransactionTemplate transactions) {
        this.tokens = tokens;
        this.signIn = signIn;
        this.transactions = transactions;
    }

    PortalAuthentication verify(String presented) throws AuthenticationException {
        String lookupKey = TokenSecrets.lookupKeyOf(presented).orElseThrow(() -> unknown());
        PersonalAccessTokens.Presented token = TenantContext.callAs(
                        TenantScope.NONE,
                        () -> transactions.execute(status -> {
                            tokens.allowLookup(lookupKey);
                            return tokens.findByLookupKey(lookupKey);
                        }))
                .filter(found -> TokenSecrets.matches(presented, found.getSecretHash()))
                .orElseThrow(() -> unknown());
        if (token.getRevokedAt() != null) {
            throw new BadCredentialsException("This token has been revoked. Create a new one in the portal.");
        }
        if (AccessTokenService.today().isAfter(token.getExpiresOn())) {
            throw new CredentialsExpiredException("This token expired at the end of "
                    + DisplayFormats.LONG_DAY.format(token.getExpiresOn()) + ". Create a new one in the portal.");
        }
        Optional<PortalAuthentication> authentication = signIn.authenticationInTenant(
                token.getPersonId(), token.getTenantId(), new AccessTokenDetails(token.getId()));
        if (authentication.isEmpty() || !mayUseApi(authentication.get())) {
            throw new BadCredentialsException(
                    "The person this token acts for no longer has a role in this local authority "
                            + "that may use the API.");
        }
        TenantContext.runAs(
                TenantScope.ofTenant(token.getTenantId()),
                () -> transactions.executeWithoutResult(status -> tokens.markUsed(token.getId(), Instant.now())));
        return authentication.get();
    }

    private static boolean mayUseApi(PortalAuthentication authentication) {
        return authentication.getPrincipal().hasRole(Role.SCHOOL_EDITOR)
                || authentication.getPrincipal().hasRole(Role.LA_OFFICER);
    }

    private static BadCredentialsException unknown() {
        return new BadCredentialsException(
                "This token is not recognised. Check it was copied whole, or create a new one in the portal.");
    }
}
