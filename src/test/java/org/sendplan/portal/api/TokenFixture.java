package org.sendplan.portal.api;

import java.time.LocalDate;
import java.util.UUID;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.tenancy.TenantContext;
import org.sendplan.portal.tenancy.TenantScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates tokens as demo people would, and ages them as time would. */
@Component
public class TokenFixture {

    private final SignedIn signedIn;
    private final AccessTokenService tokens;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    TokenFixture(SignedIn signedIn, AccessTokenService tokens, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.signedIn = signedIn;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** A fresh token of that demo account, created through the service while signed in as them. */
    public NewAccessToken tokenOf(String username) {
        signedIn.as(username);
        try {
            return tokens.create(
                    new AccessTokenDraft("School MIS", LocalDate.now().plusDays(30)));
        } finally {
            signedIn.out();
        }
    }

    public void revoke(String username, NewAccessToken token) {
        signedIn.as(username);
        try {
            tokens.revoke(token.token().id(), token.token().version());
        } finally {
            signedIn.out();
        }
    }

    /** Runs SQL as the application role in the tenant's scope, so row-level security applies as in the app. */
    public <T> T inTenant(UUID tenantId, java.util.function.Function<JdbcTemplate, T> work) {
        return TenantContext.callAs(
                TenantScope.ofTenant(tenantId), () -> transactions.execute(status -> work.apply(jdbc)));
    }

    public void expire(UUID tenantId, NewAccessToken token) {
        inTenant(
                tenantId,
                sql -> sql.update(
                        "update personal_access_token set expires_on = current_date - 1 where id = ?",
                        token.token().id()));
    }
}
