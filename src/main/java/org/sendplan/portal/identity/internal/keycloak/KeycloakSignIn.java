package org.sendplan.portal.identity.internal.keycloak;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Keycloak mode of the filter chain: the login page is Keycloak's, a token becomes the same portal
 * session a password does, and sessions end together both ways (RP-initiated and back-channel logout).
 */
public class KeycloakSignIn {

    public static final String REGISTRATION_ID = "keycloak";
    /** Where Spring sends the browser off to Keycloak; the portal's "login page" in Keycloak mode. */
    public static final String SIGN_IN_PATH = "/oauth2/authorization/" + REGISTRATION_ID;

    private final KeycloakUserService users;
    private final KeycloakSignInSuccess success;
    private final KeycloakSignInFailure failure;
    private final KeycloakSignOut signOut;

    KeycloakSignIn(
            KeycloakUserService users,
            KeycloakSignInSuccess success,
            KeycloakSignInFailure failure,
            KeycloakSignOut signOut) {
        this.users = users;
        this.success = success;
        this.failure = failure;
        this.signOut = signOut;
    }

    public void configure(VaadinSecurityConfigurer vaadin) {
        vaadin.oauth2LoginPage(SIGN_IN_PATH).logoutSuccessHandler(signOut).addLogoutHandler(signOut);
    }

    /**
     * Call after adding Vaadin's configurer: Vaadin sets up the OAuth2 login first and takes its success
     * handler from this shared object.
     */
    public void configure(HttpSecurity http) {
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class, success);
        http.oauth2Login(login -> login.userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                .failureHandler(failure));
        http.oidcLogout(logout -> logout.backChannel(Customizer.withDefaults()));
        // No passwords are checked here, so the local-account manager is no fallback: asked anyway, it
        // would log every refused Keycloak sign-in a second time, as "no provider found".
        http.getSharedObject(AuthenticationManagerBuilder.class).parentAuthenticationManager(null);
    }
}
