package org.sendplan.portal.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sendplan.portal.identity.PortalAuthentication;
import org.sendplan.portal.identity.SecurityEventKind;
import org.sendplan.portal.identity.SecurityEventLog;
import org.sendplan.portal.identity.SignInService;
import org.sendplan.portal.tenancy.TenantMembership;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Counts failed passwords towards a lockout and writes every sign-in outcome and denial to the log. */
@Component
class SignInAttempts {

    private final PersonAccounts accounts;
    private final SignInService signIn;
    private final SecurityEventLog securityEvents;
    private final TransactionTemplate transaction;

    SignInAttempts(
            PersonAccounts accounts,
            SignInService signIn,
            SecurityEventLog securityEvents,
            PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.securityEvents = securityEvents;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication() instanceof PortalAuthentication portal)) {
            return;
        }
        UUID personId = portal.getPrincipal().personId();
        transaction.executeWithoutResult(
                status -> accounts.findById(personId).ifPresent(PersonAccount::recordSuccessfulSignIn));
        securityEvents.record(SecurityEventKind.SIGN_IN, portal.getName(), personId, tenantsOf(personId), null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        Optional<PersonAccount> account =
                transaction.execute(status -> accounts.findByUsername(username == null ? "" : username.trim()));
        UUID personId = account.map(PersonAccount::id).orElse(null);
        List<UUID> tenants = personId == null ? List.of() : tenantsOf(personId);
        if (event instanceof AuthenticationFailureBadCredentialsEvent && personId != null) {
            boolean lockedNow = Boolean.TRUE.equals(transaction.execute(status -> accounts.findById(personId)
                    .map(a -> a.recordFailedSignIn(Instant.now()))
                    .orElse(false)));
            securityEvents.record(SecurityEventKind.SIGN_IN_FAILED, username, personId, tenants, "Wrong password");
            if (lockedNow) {
                securityEvents.record(
                        SecurityEventKind.ACCOUNT_LOCKED,
                        username,
                        personId,
                        tenants,
                        "Locked after " + PersonAccount.MAX_FAILED_SIGN_INS + " failed attempts");
            }
        } else if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            securityEvents.record(SecurityEventKind.SIGN_IN_FAILED, username, null, List.of(), "Unknown username");
        } else {
            securityEvents.record(
                    SecurityEventKind.SIGN_IN_REFUSED,
                    username,
                    personId,
                    tenants,
                    event.getException().getMessage());
        }
    }

    /** Method-security refusals of a signed-in person; anonymous requests are simply sent to sign in. */
    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof PortalAuthentication portal) {
            securityEvents.record(
                    SecurityEventKind.ACCESS_DENIED, portal.getPrincipal(), String.valueOf(event.getSource()));
        }
    }

    private List<UUID> tenantsOf(UUID personId) {
        return signIn.tenantsForSignIn(personId).stream()
                .map(TenantMembership::tenant)
                .map(t -> t.id())
                .toList();
    }
}
