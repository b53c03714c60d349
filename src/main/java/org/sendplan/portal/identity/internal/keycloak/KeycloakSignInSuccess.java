package org.sendplan.portal.identity.internal.keycloak;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sendplan.portal.identity.PortalAuthentication;
import org.sendplan.portal.identity.SecurityEventKind;
import org.sendplan.portal.identity.SecurityEventLog;
import org.sendplan.portal.identity.SignInService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Replaces Spring's OAuth2 login with the portal's own session, the same {@code PortalAuthentication}
 * a password sign-in makes, then goes where Vaadin's handler would (the page first asked for).
 */
class KeycloakSignInSuccess extends VaadinSavedRequestAwareAuthenticationSuccessHandler {

    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final SignInService signIn;
    private final SecurityEventLog securityEvents;

    KeycloakSignInSuccess(SignInService signIn, SecurityEventLog securityEvents) {
        this.signIn = signIn;
        this.securityEvents = securityEvents;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        OAuth2AuthenticationToken login = (OAuth2AuthenticationToken) authentication;
        KeycloakUser user = (KeycloakUser) login.getPrincipal();
        PortalAuthentication portal = signIn.authenticationFor(
                user.person(),
                user.tenants(),
                KeycloakSignInDetails.of(login.getAuthorizedClientRegistrationId(), user));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(portal);
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        securityEvents.record(
                SecurityEventKind.SIGN_IN,
                portal.getName(),
                user.person().id(),
                user.tenants().stream().map(m -> m.tenant().id()).toList(),
                "Through Keycloak");
        super.onAuthenticationSuccess(request, response, portal);
    }
}
