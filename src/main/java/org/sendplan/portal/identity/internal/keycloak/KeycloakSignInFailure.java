package org.sendplan.portal.identity.internal.keycloak;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.sendplan.portal.identity.ui.SignInRefusedView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A Keycloak sign-in the portal cannot accept goes to a page that says why, with a link that ends the
 * Keycloak session: without it, the next attempt would sign the same account in again at once.
 */
class KeycloakSignInFailure implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(KeycloakSignInFailure.class);

    private final ClientRegistrationRepository registrations;

    KeycloakSignInFailure(ClientRegistrationRepository registrations) {
        this.registrations = registrations;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        HttpSession session = request.getSession();
        if (failure instanceof OAuth2AuthenticationException oauth2
                && KeycloakUserService.REFUSED.equals(oauth2.getError().getErrorCode())) {
            session.setAttribute(SignInRefusedView.REASON, oauth2.getError().getDescription());
        } else {
            log.warn("Keycloak sign-in failed: {}", failure.getMessage());
            session.removeAttribute(SignInRefusedView.REASON);
        }
        session.setAttribute(SignInRefusedView.KEYCLOAK_SIGN_OUT, keycloakSignOut(request));
        response.sendRedirect(request.getContextPath() + "/" + SignInRefusedView.ROUTE);
    }

    /** Keycloak's end-session endpoint, which asks the person to confirm and then comes back to the portal. */
    private String keycloakSignOut(HttpServletRequest request) {
        ClientRegistration keycloak = registrations.findByRegistrationId(KeycloakSignIn.REGISTRATION_ID);
        Object endSession =
                keycloak.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        if (endSession == null) {
            return null;
        }
        return UriComponentsBuilder.fromUriString(endSession.toString())
                .queryParam("client_id", keycloak.getClientId())
                .queryParam(
                        "post_logout_redirect_uri",
                        ServletUriComponentsBuilder.fromContextPath(request)
                                .path("/")
                                .toUriString())
                .encode()
                .toUriString();
    }
}
