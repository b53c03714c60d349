package org.sendplan.portal.identity.internal.keycloak;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sendplan.portal.identity.PortalAuthentication;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * Signing out of the portal also ends the Keycloak session (RP-initiated logout), so the next person
 * at a shared computer has to give their own password.
 */
class KeycloakSignOut implements LogoutSuccessHandler {

    private final OidcClientInitiatedLogoutSuccessHandler keycloak;

    KeycloakSignOut(ClientRegistrationRepository registrations) {
        keycloak = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        keycloak.setPostLogoutRedirectUri("{baseUrl}/");
        keycloak.setRedirectStrategy(new UidlRedirectStrategy());
    }

    /** Spring's handler wants the OAuth2 login it made; the portal session kept its ID token in the details. */
    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (authentication instanceof PortalAuthentication portal && portal.getDetails() instanceof KeycloakSignInDetails details) {
            authentication = new OAuth2AuthenticationToken(new DefaultOidcUser(portal.getAuthorities(), details.idToken()),
                    portal.getAuthorities(), details.registrationId());
        }
        keycloak.onLogoutSuccess(request, response, authentication);
    }
}
