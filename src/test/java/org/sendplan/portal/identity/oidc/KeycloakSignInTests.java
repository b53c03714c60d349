package org.sendplan.portal.identity.oidc;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinSession;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.identity.PortalAuthentication;
import org.sendplan.portal.identity.SecurityEventKind;
import org.sendplan.portal.identity.SecurityEventLog;
import org.sendplan.portal.identity.SignedInUser;
import org.sendplan.portal.identity.internal.keycloak.KeycloakSignIn;
import org.sendplan.portal.identity.ui.ChooseTenantView;
import org.sendplan.portal.identity.ui.SignInRefusedView;
import org.sendplan.portal.tenancy.OrganisationKind;
import org.sendplan.portal.tenancy.OrganisationService;
import org.sendplan.portal.tenancy.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Keycloak mode against a mock OpenID provider: the whole code flow through Spring Security's real
 * filters, with tokens shaped like Keycloak's (organisation aliases, realm roles, school_urn).
 */
@OidcPortalTest
class KeycloakSignInTests {

    private static final HttpClient MOCK_KEYCLOAK_BROWSER = HttpClient.newHttpClient();

    @Autowired
    WebApplicationContext context;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    OrganisationService organisations;

    @Autowired
    SecurityEventLog securityEvents;

    @Autowired
    SignedIn passwordSignIn;

    @LocalServerPort
    int port;

    private MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @AfterEach
    void signOut() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theLoginPageIsKeycloaksWithPkceAndEveryOrganisationRequested() throws Exception {
        String loginPage = mvc.perform(get("/")).andReturn().getResponse().getRedirectedUrl();
        assertThat(loginPage).endsWith(KeycloakSignIn.SIGN_IN_PATH);
        String keycloak = mvc.perform(get(KeycloakSignIn.SIGN_IN_PATH))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(keycloak)
                .startsWith(MockKeycloak.issuer())
                .contains(
                        "code_challenge_method=S256",
                        "code_challenge=",
                        "scope=openid%20profile%20email%20organization:*");
    }

    @Test
    void rolesAndTenantComeFromTheToken() throws Exception {
        SignInResult result =
                signIn(subject(), claims(username(), List.of("warwickshire"), "la_officer", "finance_officer"));
        assertThat(result.redirectedTo()).isEqualTo("/");
        SignedInUser user = result.user();
        assertThat(user.tenant().slug()).isEqualTo("warwickshire");
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.LA_OFFICER, Role.FINANCE_OFFICER);
        assertThat(user.platformAdmin()).isFalse();
        assertThat(user.limitedToOwnOrganisations()).isFalse();
    }

    @Test
    void aSchoolEditorWorksOnlyForTheSchoolTheirTokenNames() throws Exception {
        Map<String, Object> claims = claims(username(), List.of("warwickshire"), "school_editor");
        claims.put("school_urn", "900101");
        SignedInUser user = signIn(subject(), claims).user();
        assertThat(user.roles()).containsExactly(Role.SCHOOL_EDITOR);
        assertThat(user.limitedToOwnOrganisations()).isTrue();
        PortalAuthentication officer = signIn(subject(), claims(username(), List.of("warwickshire"), "la_officer"))
                .authentication();
        SecurityContextHolder.getContext().setAuthentication(officer);
        assertThat(organisations.organisationsOfKind(OrganisationKind.SCHOOL))
                .filteredOn(school -> user.organisationIds().contains(school.id()))
                .singleElement()
                .satisfies(school -> assertThat(school.name()).isEqualTo("Riverside Primary School"));
    }

    @Test
    void aPersonInSeveralOrganisationsChoosesTheTenantAfterSigningIn() throws Exception {
        PortalAuthentication consultant = signIn(
                        subject(), claims(username(), List.of("warwickshire", "solihull"), "la_officer"))
                .authentication();
        assertThat(consultant.getPrincipal().tenant()).isNull();
        openInVaadin(consultant, "choose-tenant");
        LocatorJ._assertOne(ChooseTenantView.class);
        _click(_get(Button.class, spec -> spec.withText("Solihull Metropolitan Borough Council")));
        SignedInUser chosen = currentUser.require();
        assertThat(chosen.tenant().slug()).isEqualTo("solihull");
        assertThat(chosen.roles()).containsExactly(Role.LA_OFFICER);
    }

    @Test
    void tokenWithUnknownOrganisationIsRefused() throws Exception {
        SignInResult result = signIn(subject(), claims(username(), List.of("northshire"), "la_officer"));
        assertThat(result.redirectedTo()).isEqualTo("/" + SignInRefusedView.ROUTE);
        assertThat(result.authentication()).isNull();
        assertThat((String) result.session().getAttribute(SignInRefusedView.REASON))
                .contains("'northshire' is not a local authority on this portal");
        assertThat((String) result.session().getAttribute(SignInRefusedView.KEYCLOAK_SIGN_OUT))
                .startsWith(MockKeycloak.issuer())
                .contains("client_id=" + MockKeycloak.CLIENT_ID);

        openInVaadin(null, SignInRefusedView.ROUTE, result.session());
        assertThat(pageText())
                .contains(
                        "You could not be signed in",
                        "'northshire' is not a local authority on this portal",
                        "Sign out of Keycloak");
    }

    @Test
    void tokenWithoutAnyOrganisationIsRefused() throws Exception {
        SignInResult result = signIn(subject(), claims(username(), List.of(), "la_officer"));
        assertThat(result.authentication()).isNull();
        assertThat((String) result.session().getAttribute(SignInRefusedView.REASON))
                .contains("not a member of any local authority's organisation");
    }

    @Test
    void aPlatformAdminNeedsNoOrganisation() throws Exception {
        SignedInUser user = signIn(subject(), claims(username(), List.of(), "platform_admin"))
                .user();
        assertThat(user.platformAdmin()).isTrue();
        assertThat(user.tenant()).isNull();
    }

    @Test
    void roleChangesTakeEffectAtNextSignIn() throws Exception {
        String subject = subject();
        String username = username();
        SignedInUser before = signIn(subject, claims(username, List.of("kingston"), "la_officer"))
                .user();
        SignedInUser after = signIn(subject, claims(username, List.of("kingston"), "tenant_admin"))
                .user();
        assertThat(before.roles()).containsExactly(Role.LA_OFFICER);
        assertThat(after.roles()).containsExactly(Role.TENANT_ADMIN);
        assertThat(after.personId()).isEqualTo(before.personId());
    }

    @Test
    void aKeycloakAccountStaysTheSamePersonWhenItsUsernameChanges() throws Exception {
        String subject = subject();
        SignedInUser before = signIn(subject, claims(username(), List.of("kingston"), "board_member"))
                .user();
        SignedInUser after = signIn(subject, claims(username(), List.of("kingston"), "board_member"))
                .user();
        assertThat(after.personId()).isEqualTo(before.personId());
        assertThat(after.username()).isNotEqualTo(before.username());
    }

    @Test
    void signingOutOfThePortalEndsTheKeycloakSession() throws Exception {
        SignInResult signedIn = signIn(subject(), claims(username(), List.of("solihull"), "parent_carer"));
        String keycloakLogout = mvc.perform(post("/logout").with(csrf()).session(signedIn.session()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(keycloakLogout)
                .startsWith(MockKeycloak.issuer())
                .contains("id_token_hint=", "post_logout_redirect_uri=http://localhost/");
    }

    @Test
    void backChannelLogoutFromKeycloakEndsThePortalSession() throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String subject = subject();
        Map<String, Object> claims = claims(username(), List.of("warwickshire"), "la_officer");
        claims.put("sid", "keycloak-session-" + subject);
        MockKeycloak.nextSignIn(subject, claims);
        String keycloak = browser.send(request(KeycloakSignIn.SIGN_IN_PATH), BodyHandlers.discarding())
                .headers()
                .firstValue("Location")
                .orElseThrow();
        String callback = browser.send(
                        HttpRequest.newBuilder(URI.create(keycloak)).build(), BodyHandlers.discarding())
                .headers()
                .firstValue("Location")
                .orElseThrow();
        assertThat(browser.send(HttpRequest.newBuilder(URI.create(callback)).build(), BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(302);
        assertThat(browser.send(request("/"), BodyHandlers.discarding()).statusCode())
                .as("signed in")
                .isEqualTo(200);

        HttpResponse<String> logout = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(url("/logout/connect/back-channel/keycloak"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("logout_token="
                                        + URLEncoder.encode(
                                                MockKeycloak.logoutToken(subject, "keycloak-session-" + subject),
                                                StandardCharsets.UTF_8)))
                                .build(),
                        BodyHandlers.ofString());
        assertThat(logout.statusCode()).as(logout.body()).isEqualTo(200);

        HttpResponse<Void> afterwards = browser.send(request("/"), BodyHandlers.discarding());
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location").orElseThrow()).endsWith(KeycloakSignIn.SIGN_IN_PATH);
        passwordSignIn.as("warwickshire.admin");
        assertThat(securityEvents.recentInCurrentTenant()).anySatisfy(event -> {
            assertThat(event.kind()).isEqualTo(SecurityEventKind.SIGN_OUT);
            assertThat(event.username()).isEqualTo(claims.get("preferred_username"));
            assertThat(event.detail()).isEqualTo("Ended in Keycloak");
        });
    }

    /** Goes through the code flow as a browser would: to Keycloak (the mock signs in at once) and back with a code. */
    private SignInResult signIn(String subject, Map<String, Object> claims) throws Exception {
        MockKeycloak.nextSignIn(subject, claims);
        MockHttpSession session = new MockHttpSession();
        String keycloak = mvc.perform(get(KeycloakSignIn.SIGN_IN_PATH).session(session))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String callback = MOCK_KEYCLOAK_BROWSER
                .send(HttpRequest.newBuilder(URI.create(keycloak)).build(), BodyHandlers.discarding())
                .headers()
                .firstValue("Location")
                .orElseThrow();
        MvcResult back = mvc.perform(get(URI.create(callback)).session(session)).andReturn();
        return new SignInResult(
                (MockHttpSession) back.getRequest().getSession(),
                back.getResponse().getRedirectedUrl());
    }

    record SignInResult(MockHttpSession session, String redirectedTo) {

        PortalAuthentication authentication() {
            SecurityContext context = (SecurityContext)
                    session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            return context == null ? null : (PortalAuthentication) context.getAuthentication();
        }

        SignedInUser user() {
            assertThat(authentication())
                    .as("signed in, not sent to " + redirectedTo)
                    .isNotNull();
            return authentication().getPrincipal();
        }
    }

    /** Keycloak's claims as the realm's mappers put them: organisation aliases, realm roles and profile. */
    private static Map<String, Object> claims(String username, List<String> organisations, String... realmRoles) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("preferred_username", username);
        claims.put("name", "Kim Keycloak");
        claims.put("email", username + "@example.org");
        claims.put("organization", organisations);
        claims.put("realm_access", Map.of("roles", List.of(realmRoles)));
        return claims;
    }

    private static String subject() {
        return UUID.randomUUID().toString();
    }

    private static String username() {
        return "kc-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(url(path)).build();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private void openInVaadin(PortalAuthentication as, String location) {
        openInVaadin(as, location, null);
    }

    /** Browserless Vaadin, as in the other UI tests, with this session's sign-in and attributes. */
    private void openInVaadin(PortalAuthentication as, String location, MockHttpSession httpSession) {
        SecurityContextHolder.getContext().setAuthentication(as);
        MockVaadin.setMockRequestFactory(session -> new FakeRequest(session) {
            @Override
            public Principal getUserPrincipal() {
                return SecurityContextHolder.getContext().getAuthentication();
            }
        });
        MockVaadin.setup(
                UI::new,
                new MockSpringServlet(new Routes().autoDiscoverViews("org.sendplan.portal"), context, UI::new));
        var session = VaadinSession.getCurrent().getSession();
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, SecurityContextHolder.getContext());
        if (httpSession != null) {
            httpSession
                    .getAttributeNames()
                    .asIterator()
                    .forEachRemaining(name -> session.setAttribute(name, httpSession.getAttribute(name)));
        }
        UI.getCurrent().navigate(location);
    }

    private static String pageText() {
        return LocatorJ._find(Component.class).stream()
                .map(c -> c.getElement().getText())
                .collect(Collectors.joining("\n"));
    }
}
