package org.sendplan.portal.identity.internal.keycloak;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.sendplan.portal.identity.PortalAuthentication;
import org.sendplan.portal.identity.SecurityEventKind;
import org.sendplan.portal.identity.SecurityEventLog;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * Portal and Keycloak sessions end together. Signing out of the portal ends the Keycloak session too
 * (RP-initiated logout), so the next person at a shared computer has to give their own password; a
 * session ended in Keycloak (back-channel logout) is written to the sign-in log like any sign-out.
 */
class KeycloakSignOut implements LogoutSuccessHandler, LogoutHandler {

    private final OidcClientInitiatedLogoutSuccessHandler keycloak;
    private final SecurityEventLog securityEvents;

    KeycloakSignOut(ClientRegistrationRepository registrations, SecurityEventLog securityEvents) {
        this.securityEvents = securityEvents;
        keycloak = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        keycloak.setPostLogoutRedirectUri("{baseUrl}/");
        keycloak.setRedirectStrategy(new UidlRedirectStrategy());
    }

    /** Spring's handler wants the OAuth2 login it made; the portal session kept its ID token in the details. */
    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (authentication instanceof PortalAuthentication portal
                && portal.getDetails() instanceof KeycloakSignInDetails details) {
            authentication = new OAuth2AuthenticationToken(
                    new DefaultOidcUser(portal.getAuthorities(), details.idToken()),
                    portal.getAuthorities(),
                    details.registrationId());
        }
        keycloak.onLogoutSuccess(request, response, authentication);
    }

    /**
     * A back-channel logout reaches the sign-out handlers with Keycloak's logout token, not the portal
     * session it ends; that session is still this request's security context.
     */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (!(authentication instanceof PortalAuthentication)
                && SecurityContextHolder.getContext().getAuthentication() instanceof PortalAuthentication ended) {
            var user = ended.getPrincipal();
            securityEvents.record(
                    SecurityEventKind.SIGN_OUT,
                    user.username(),
                    user.personId(),
                    user.currentTenant().map(t -> List.of(t.id())).orElse(List.of()),
                    "Ended in Keycloak");
        }
    }
}
