package org.sendplan.portal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.identity.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The API over HTTP: bearer tokens only, refusals as problem JSON, and the token's person's scope. */
@PortalTest
class ApiAuthenticationTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    TokenFixture fixture;

    @Autowired
    SignedIn signedIn;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    ResultActions call(String path, String token) throws Exception {
        return mvc.perform(get(path).header("Authorization", "Bearer " + token).accept(MediaType.APPLICATION_JSON));
    }

    @Test
    void aRequestWithoutATokenGets401ProblemJsonAndNoSessionOrRedirect() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/me").accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"send-plan-portal\""))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(containsString("Authorization: Bearer")))
                .andReturn();
        assertThat(result.getResponse().getHeader("Location")).isNull();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void anUnknownTokenGets401ProblemJson() throws Exception {
        call("/api/v1/me", "spp_000000000000_" + "A".repeat(43))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", containsString("error=\"invalid_token\"")))
                .andExpect(jsonPath("$.detail").value(containsString("not recognised")));
        call("/api/v1/me", "not-a-token").andExpect(status().isUnauthorized());
    }

    @Test
    void anExpiredTokenGets401ProblemJson() throws Exception {
        NewAccessToken token = fixture.tokenOf("kingston.school");
        SignedInUser school = signedIn.as("kingston.school");
        signedIn.out();
        fixture.expire(school.tenant().id(), token);
        call("/api/v1/me", token.secret())
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("expired")));
    }

    @Test
    void aRevokedTokenGets401ProblemJson() throws Exception {
        NewAccessToken token = fixture.tokenOf("kingston.school");
        call("/api/v1/me", token.secret()).andExpect(status().isOk());
        fixture.revoke("kingston.school", token);
        call("/api/v1/me", token.secret())
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("revoked")));
    }

    @Test
    void aTokenOneCharacterOutIsRefused() throws Exception {
        NewAccessToken token = fixture.tokenOf("kingston.school");
        String last = token.secret().substring(token.secret().length() - 1);
        String altered = token.secret().substring(0, token.secret().length() - 1) + (last.equals("A") ? "B" : "A");
        call("/api/v1/me", altered).andExpect(status().isUnauthorized());
    }

    @Test
    void aSchoolEditorsTokenActsForThemInTheirSchoolOnly() throws Exception {
        NewAccessToken token = fixture.tokenOf("warwickshire.school");
        call("/api/v1/me", token.secret())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("warwickshire.school"))
                .andExpect(jsonPath("$.localAuthority.slug").value("warwickshire"))
                .andExpect(jsonPath("$.roles[0]").value("school_editor"))
                .andExpect(jsonPath("$.wholeLocalAuthority").value(false))
                .andExpect(jsonPath("$.ownSchools[0].urn").value("900101"));
        call("/api/v1/schools", token.secret())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].name").value("Riverside Primary School"))
                .andExpect(jsonPath("$[0].phase").value("Primary"))
                .andExpect(jsonPath("$[0].planningArea").value("North"));
    }

    @Test
    void anLaOfficersTokenSeesEverySchoolOfTheirAuthorityAndNoOther() throws Exception {
        NewAccessToken token = fixture.tokenOf("solihull.officer");
        call("/api/v1/schools", token.secret())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(4)))
                .andExpect(jsonPath("$[*].urn")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.startsWith("9002"))));
    }

    @Test
    void usingATokenRecordsWhenItWasLastUsed() throws Exception {
        NewAccessToken token = fixture.tokenOf("solihull.school");
        Instant before = Instant.now();
        call("/api/v1/me", token.secret()).andExpect(status().isOk());
        signedIn.as("solihull.school");
        AccessTokenSummary used = context.getBean(AccessTokenService.class).myTokens().stream()
                .filter(t -> t.id().equals(token.token().id()))
                .findFirst()
                .orElseThrow();
        signedIn.out();
        assertThat(used.lastUsedAt()).isAfterOrEqualTo(before.minusSeconds(1));
    }

    @Test
    void aSignedInBrowserSessionDoesNotAuthenticateTheApi() throws Exception {
        signedIn.as("solihull.officer");
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, SecurityContextHolder.getContext());
        signedIn.out();
        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDescriptionListsTheEndpointsAndTheBearerScheme() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/me'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/schools'].get").exists())
                .andExpect(jsonPath("$.components.securitySchemes.personalAccessToken.scheme")
                        .value("bearer"));
    }
}
