package org.sendplan.portal.identity.internal.keycloak;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sendplan.portal.identity.AccountSummary;
import org.sendplan.portal.identity.SecurityEventKind;
import org.sendplan.portal.identity.SecurityEventLog;
import org.sendplan.portal.tenancy.TenantMembership;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Keycloak sign-in, after Spring has checked the ID token: reads the realm roles from the access token,
 * finds the person and the tenants the token names, and refuses in plain words when there is nowhere
 * in the portal the person may work.
 */
class KeycloakUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error code of a refusal whose description is written for the person signing in. */
    static final String REFUSED = "sign_in_refused";

    private final OidcUserService oidcUsers = new OidcUserService();
    private final Map<String, JwtDecoder> accessTokenDecoders = new ConcurrentHashMap<>();
    private final KeycloakPeople people;
    private final KeycloakTenants tenants;
    private final SecurityEventLog securityEvents;

    KeycloakUserService(KeycloakPeople people, KeycloakTenants tenants, SecurityEventLog securityEvents) {
        this.people = people;
        this.tenants = tenants;
        this.securityEvents = securityEvents;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = oidcUsers.loadUser(request);
        KeycloakToken token = KeycloakToken.of(user, accessTokenClaims(request));
        AccountSummary person = people.personFor(token);
        List<String> problems = new ArrayList<>();
        List<TenantMembership> memberships = tenants.of(person, token, problems);
        if (memberships.isEmpty() && !person.platformAdmin()) {
            String reason = token.organisations().isEmpty()
                    ? "Your Keycloak account is not a member of any local authority's organisation."
                    : String.join(" ", problems);
            securityEvents.record(SecurityEventKind.SIGN_IN_REFUSED, person.username(), person.id(), List.of(), reason);
            throw refusal(reason + " Ask your local authority's system owner to check your account.");
        }
        return new KeycloakUser(user, person, memberships);
    }

    static OAuth2AuthenticationException refusal(String reason) {
        return new OAuth2AuthenticationException(new OAuth2Error(REFUSED, reason, null), reason);
    }

    /**
     * The access token came straight from Keycloak's token endpoint; its signature and issuer are
     * checked all the same, because the portal acts on the roles in it.
     */
    private Map<String, Object> accessTokenClaims(OidcUserRequest request) {
        ClientRegistration registration = request.getClientRegistration();
        JwtDecoder decoder = accessTokenDecoders.computeIfAbsent(registration.getRegistrationId(), id -> {
            NimbusJwtDecoder nimbus = NimbusJwtDecoder.withJwkSetUri(
                            registration.getProviderDetails().getJwkSetUri())
                    .build();
            nimbus.setJwtValidator(JwtValidators.createDefaultWithIssuer(
                    registration.getProviderDetails().getIssuerUri()));
            return nimbus;
        });
        try {
            return decoder.decode(request.getAccessToken().getTokenValue()).getClaims();
        } catch (JwtException e) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(
                            OAuth2ErrorCodes.INVALID_TOKEN,
                            "The access token from Keycloak could not be read: " + e.getMessage(),
                            null),
                    e);
        }
    }
}
