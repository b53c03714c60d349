package org.sendplan.portal.identity.internal;

import org.sendplan.portal.identity.AccountService;
import org.sendplan.portal.tenancy.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Creates the operator's first platform admin from configuration, so a new installation can be entered at all. */
@Component
@ConditionalOnProperty("portal.platform-admin.username")
class PlatformAdminBootstrap implements ApplicationRunner {

    private final AccountService accounts;
    private final String username;
    private final String password;

    PlatformAdminBootstrap(
            AccountService accounts,
            @Value("${portal.platform-admin.username}") String username,
            @Value("${portal.platform-admin.password}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (password.length() < 12) {
            throw new IllegalStateException("portal.platform-admin.password must be at least 12 characters");
        }
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "bootstrap", null, AuthorityUtils.createAuthorityList(Role.PLATFORM_ADMIN.authority())));
        try {
            accounts.ensurePlatformAdmin(username, "Platform administrator", password);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
