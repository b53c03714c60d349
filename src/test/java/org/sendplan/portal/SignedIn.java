package org.sendplan.portal;

import org.sendplan.portal.identity.PortalAuthentication;
import org.sendplan.portal.identity.SignedInUser;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Signs a demo account in through the real password sign-in, as the login form would. */
@Component
public class SignedIn {

    public static final String DEMO_PASSWORD = "demo-password-2026";

    private final AuthenticationConfiguration authentication;

    SignedIn(AuthenticationConfiguration authentication) {
        this.authentication = authentication;
    }

    public SignedInUser as(String username) {
        return as(username, DEMO_PASSWORD);
    }

    public SignedInUser as(String username, String password) {
        PortalAuthentication signedIn = (PortalAuthentication)
                manager().authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        SecurityContextHolder.getContext().setAuthentication(signedIn);
        return signedIn.getPrincipal();
    }

    public AuthenticationManager manager() {
        try {
            return authentication.getAuthenticationManager();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public SignedInUser current() {
        return ((PortalAuthentication) SecurityContextHolder.getContext().getAuthentication()).getPrincipal();
    }

    public void out() {
        SecurityContextHolder.clearContext();
    }
}
