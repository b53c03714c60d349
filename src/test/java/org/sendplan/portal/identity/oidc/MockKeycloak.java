package org.sendplan.portal.identity.oidc;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A mock OpenID provider standing in for Keycloak: one per test JVM, on a free port of 127.0.0.1.
 * Tests queue the claims of the next sign-in as Keycloak would put them in its tokens.
 */
public final class MockKeycloak implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String REALM = "send-plan-portal";
    static final String CLIENT_ID = "send-plan-portal";
    static final String BACK_CHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";

    private static final MockOAuth2Server SERVER = start();

    private static MockOAuth2Server start() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start(InetAddress.getLoopbackAddress(), 0);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "portal.keycloak.issuer-uri=" + issuer(),
                        "portal.keycloak.client-id=" + CLIENT_ID,
                        "portal.keycloak.client-secret=test-only-secret")
                .applyTo(context);
    }

    static String issuer() {
        return SERVER.issuerUrl(REALM).toString();
    }

    /** The ID and access token of the next sign-in will carry these claims for this subject. */
    static void nextSignIn(String subject, Map<String, Object> claims) {
        SERVER.enqueueCallback(new DefaultOAuth2TokenCallback(
                REALM,
                subject,
                "JWT",
                List.of(CLIENT_ID),
                claims,
                Duration.ofHours(1).toSeconds()));
    }

    /** What Keycloak posts to the portal when a session ends there (OpenID Connect back-channel logout). */
    static String logoutToken(String subject, String keycloakSessionId) {
        return SERVER.issueToken(
                        REALM,
                        CLIENT_ID,
                        new DefaultOAuth2TokenCallback(
                                REALM,
                                subject,
                                "logout+jwt",
                                List.of(CLIENT_ID),
                                Map.of("sid", keycloakSessionId, "events", Map.of(BACK_CHANNEL_LOGOUT_EVENT, Map.of())),
                                120))
                .serialize();
    }
}
