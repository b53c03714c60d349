package org.sendplan.portal.identity.internal.keycloak;

import org.sendplan.portal.identity.SecurityEventLog;
import org.sendplan.portal.identity.SignInService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistration.ClientSettings;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.util.Assert;
import org.springframework.util.function.SingletonSupplier;

/**
 * Keycloak mode, switched on by {@code portal.keycloak.issuer-uri} (env KEYCLOAK_ISSUER_URI): people
 * sign in through Keycloak with the OpenID Connect code flow and PKCE instead of with local accounts.
 * See docs/keycloak.md and docs/decisions/0004.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${portal.keycloak.issuer-uri:}'.isBlank()")
class KeycloakSecurityConfiguration {

    /**
     * Every organisation the person belongs to ("organization" alone would make Keycloak ask which one
     * at its login page); the portal offers the choice itself and lets people switch later.
     */
    static final String ALL_ORGANISATIONS = "organization:*";

    /**
     * Keycloak's endpoints are fetched on first use, not at start-up, so the portal can start while
     * Keycloak is still starting (as in docker compose).
     */
    @Bean
    ClientRegistrationRepository keycloakRegistration(
            @Value("${portal.keycloak.issuer-uri}") String issuerUri,
            @Value("${portal.keycloak.client-id}") String clientId,
            @Value("${portal.keycloak.client-secret}") String clientSecret) {
        Assert.hasText(
                clientSecret,
                "Keycloak is configured (portal.keycloak.issuer-uri) but its client secret is not: "
                        + "set KEYCLOAK_CLIENT_SECRET (see docs/keycloak.md)");
        SingletonSupplier<ClientRegistration> keycloak =
                SingletonSupplier.of(() -> ClientRegistrations.fromOidcIssuerLocation(issuerUri)
                        .registrationId(KeycloakSignIn.REGISTRATION_ID)
                        .clientId(clientId)
                        .clientSecret(clientSecret)
                        .scope(OidcScopes.OPENID, OidcScopes.PROFILE, OidcScopes.EMAIL, ALL_ORGANISATIONS)
                        .clientSettings(
                                ClientSettings.builder().requireProofKey(true).build())
                        .build());
        return registrationId -> KeycloakSignIn.REGISTRATION_ID.equals(registrationId) ? keycloak.obtain() : null;
    }

    @Bean
    KeycloakSignIn keycloakSignIn(
            ClientRegistrationRepository registrations,
            KeycloakPeople people,
            KeycloakTenants tenants,
            SignInService signIn,
            SecurityEventLog securityEvents) {
        return new KeycloakSignIn(
                new KeycloakUserService(people, tenants, securityEvents),
                new KeycloakSignInSuccess(signIn, securityEvents),
                new KeycloakSignInFailure(registrations),
                new KeycloakSignOut(registrations, securityEvents));
    }

    /**
     * Session id changes (at sign-in) and ends reach Spring's back-channel logout registry only through
     * these events; without them Keycloak's logout would look for a session id that no longer exists.
     */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
