package org.sendplan.portal.e2e.keycloak;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Sign-in through a real Keycloak with the realm of config/keycloak: demo people type their password
 * on Keycloak's own (two-step) login page in headless Chromium and land in the portal with the tenant
 * and roles their Keycloak account gives them; sessions end in both directions.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
@ContextConfiguration(initializers = LocalKeycloak.class)
class KeycloakSignInE2eTests {

    private static final String PASSWORD = "demo-password-2026";

    private static Playwright playwright;
    private static Browser chromium;

    @LocalServerPort
    int port;

    private Page page;

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create();
        chromium = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get("/usr/bin/chromium"))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    @AfterAll
    static void closeChromium() {
        playwright.close();
    }

    @BeforeEach
    void openPage() throws Exception {
        LocalKeycloak.startFor(port);
        page = chromium.newContext().newPage();
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    @Test
    void aDemoOfficerSignsInOnKeycloaksPageAndLandsInTheirTenantWithTheirRole() {
        signInOnKeycloak("warwickshire.officer");
        assertThat(page).hasURL(Pattern.compile(".*/t/warwickshire(\\?.*)?$"));
        assertThat(page.locator(".tenant-name")).hasText("Warwickshire County Council");
        assertThat(page.locator(".signed-in-person")).containsText("LA officer");
    }

    @Test
    void aSchoolEditorLandsInTheirTenantSeeingOnlyTheirOwnSchool() {
        signInOnKeycloak("kingston.school");
        assertThat(page.locator(".tenant-name")).hasText("Royal Borough of Kingston upon Thames");
        assertThat(page.locator(".signed-in-person")).containsText("School editor");
        assertThat(page.locator("main")).containsText("Surbiton Hill Primary");
        assertThat(page.locator("main")).not().containsText("Tolworth Girls' Academy");
    }

    @Test
    void theConsultantInTwoOrganisationsChoosesTheTenant() {
        signInOnKeycloak("consultant");
        page.getByText("Solihull Metropolitan Borough Council").click();
        assertThat(page.locator(".tenant-name")).hasText("Solihull Metropolitan Borough Council");
    }

    @Test
    void backChannelLogoutFromKeycloakEndsThePortalSession() throws Exception {
        signInOnKeycloak("solihull.parent");
        assertThat(page.locator(".tenant-name")).hasText("Solihull Metropolitan Borough Council");
        LocalKeycloak.signOutEverywhere("solihull.parent");
        page.reload();
        assertKeycloakAsksForUsername();
    }

    @Test
    void signingOutOfThePortalEndsTheKeycloakSession() {
        signInOnKeycloak("kingston.board");
        page.getByText("Sign out").click();
        assertKeycloakAsksForUsername();
    }

    /** Keycloak's login page, not the portal: the Keycloak session has ended too. */
    private void assertKeycloakAsksForUsername() {
        assertThat(page.locator("#username")).isVisible();
        Assertions.assertThat(page.url()).startsWith(LocalKeycloak.issuer() + "/");
    }

    /** The portal sends the browser to Keycloak, which asks for the username first, then the password. */
    private void signInOnKeycloak(String username) {
        page.navigate("http://localhost:" + port + "/");
        page.locator("#username").fill(username);
        page.locator("#kc-login").click();
        page.locator("#password").fill(PASSWORD);
        page.locator("#kc-login").click();
        page.locator("vaadin-app-layout, main h1").first().waitFor();
    }
}
