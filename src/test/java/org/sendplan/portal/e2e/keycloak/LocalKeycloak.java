package org.sendplan.portal.e2e.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real Keycloak (26.7.3, unpacked by the e2e profile into {@code keycloak.home}) with the realm of
 * config/keycloak: started once per test JVM on a free port, in memory so every run starts from the
 * realm file, and stopped when the JVM ends. As an initializer it points the app at it; Keycloak itself
 * starts once the app's port is known, because its back-channel logout calls the app there.
 */
public final class LocalKeycloak implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String REALM = "send-plan-portal";
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-local-only";
    private static final Path REALM_FILE = Paths.get("config/keycloak/send-plan-portal-realm.json");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final int PORT = freePort();

    private static Process process;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "portal.keycloak.issuer-uri=" + issuer(),
                        "portal.keycloak.client-id=send-plan-portal",
                        "portal.keycloak.client-secret=send-plan-portal-local-secret")
                .applyTo(context);
    }

    static String baseUrl() {
        return "http://127.0.0.1:" + PORT;
    }

    static String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    /** Starts Keycloak the first time, sending its back-channel logouts to the app on {@code appPort}. */
    static synchronized void startFor(int appPort) throws IOException, InterruptedException {
        if (process != null) {
            return;
        }
        Path home = Paths.get(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.7.3"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak at " + home + ": run the tests with -Pe2e, which unpacks it");
        }
        Files.createDirectories(home.resolve("data/import"));
        Files.copy(
                REALM_FILE,
                home.resolve("data/import").resolve(REALM_FILE.getFileName()),
                StandardCopyOption.REPLACE_EXISTING);
        ProcessBuilder builder = new ProcessBuilder(
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--db=dev-mem",
                        "--http-host=127.0.0.1",
                        "--http-port=" + PORT,
                        "--hostname=" + baseUrl(),
                        "--import-realm")
                .redirectErrorStream(true)
                .redirectOutput(Paths.get("target/keycloak-e2e.log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("PORTAL_BACKCHANNEL_URL", "http://localhost:" + appPort);
        process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(LocalKeycloak::stop));
        waitUntilReady();
    }

    private static void waitUntilReady() throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; see target/keycloak-e2e.log");
            }
            try {
                if (http.send(
                                        HttpRequest.newBuilder(
                                                        URI.create(issuer() + "/.well-known/openid-configuration"))
                                                .build(),
                                        BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException(
                "Keycloak did not start within " + START_TIMEOUT + "; see target/keycloak-e2e.log");
    }

    /** Stops only the Keycloak this class started (kc.sh and the JVM under it). */
    private static void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends all of a user's Keycloak sessions through the admin API, as an administrator would. */
    static void signOutEverywhere(String username) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String token = json(http.send(
                                HttpRequest.newBuilder(
                                                URI.create(baseUrl() + "/realms/master/protocol/openid-connect/token"))
                                        .header("Content-Type", "application/x-www-form-urlencoded")
                                        .POST(HttpRequest.BodyPublishers.ofString(
                                                "grant_type=password&client_id=admin-cli&username=" + ADMIN
                                                        + "&password=" + ADMIN_PASSWORD))
                                        .build(),
                                BodyHandlers.ofString())
                        .body())
                .get("access_token")
                .asString();
        JsonNode users = json(http.send(
                        HttpRequest.newBuilder(
                                        URI.create(baseUrl() + "/admin/realms/" + REALM + "/users?exact=true&username="
                                                + URLEncoder.encode(username, StandardCharsets.UTF_8)))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        BodyHandlers.ofString())
                .body());
        int status = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/realms/" + REALM + "/users/"
                                        + users.get(0).get("id").asString() + "/logout"))
                                .header("Authorization", "Bearer " + token)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        BodyHandlers.discarding())
                .statusCode();
        if (status != 204) {
            throw new IllegalStateException("Keycloak refused to sign " + username + " out: HTTP " + status);
        }
    }

    private static JsonNode json(String body) {
        return JsonMapper.shared().readTree(body);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
