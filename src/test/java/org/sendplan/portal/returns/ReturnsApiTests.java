package org.sendplan.portal.returns;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.api.TokenFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The return endpoints as a school's information system calls them, with its editor's token. */
@PortalTest
class ReturnsApiTests {

    static final String COMPLETE = """
            {"version": %d, "answers": {"on_roll": {"value": 231}, "ehcp": {"value": "6"},
             "spend": {"notApplicable": true, "reason": "Held by the trust"}}}""";

    @Autowired
    WebApplicationContext context;

    @Autowired
    TokenFixture tokens;

    @Autowired
    ReturnFixture fixture;

    @Autowired
    SignedIn signedIn;

    @Autowired
    SchoolReturnService returns;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    ResultActions as(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header(
                "Authorization", "Bearer " + tokens.tokenOf(username).secret()));
    }

    ResultActions send(String username, MockHttpServletRequestBuilder request, String json) throws Exception {
        return as(username, request.contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void aSchoolEditorsTokenListsOnlyItsOwnSchoolsReturns() throws Exception {
        CollectionProgress opened = fixture.open("warwickshire", "API list");
        as("warwickshire.school", get("/api/v1/returns"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].urn", everyItem(is("900101"))));
        as(
                        "warwickshire.school",
                        get("/api/v1/returns")
                                .param("collection", opened.collection().id().toString()))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id")
                        .value(opened.returns().getFirst().id().toString()))
                .andExpect(jsonPath("$[0].collectionTitle").value("API list"))
                .andExpect(jsonPath("$[0].period").value("Spring 2026"))
                .andExpect(jsonPath("$[0].deadline")
                        .value(opened.collection().deadline().toString()))
                .andExpect(jsonPath("$[0].status").value("NOT_STARTED"))
                .andExpect(jsonPath("$[0].version").value(0));
    }

    @Test
    void anLaOfficersTokenListsEverySchoolsReturnsFilteredByCollectionAndStatus() throws Exception {
        CollectionProgress opened = fixture.open("warwickshire", "API list for the LA");
        String collection = opened.collection().id().toString();
        as(
                        "warwickshire.officer",
                        get("/api/v1/returns").param("collection", collection).param("status", "NOT_STARTED"))
                .andExpect(jsonPath("$", hasSize(opened.returns().size())))
                .andExpect(jsonPath("$[*].urn", hasItems("900101", "900102")));
        as(
                        "warwickshire.officer",
                        get("/api/v1/returns").param("collection", collection).param("status", "SUBMITTED"))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void aSchoolSystemReadsAReturnWithItsFieldsRulesAndHistory() throws Exception {
        ReturnSummary own = fixture.open("warwickshire", "API read").returns().getFirst();
        send(
                        "warwickshire.school",
                        put("/api/v1/returns/" + own.id()),
                        "{\"version\": 0, \"answers\": {\"on_roll\": {\"value\": \"1,250\"}}}")
                .andExpect(status().isOk());
        as("warwickshire.school", get("/api/v1/returns/" + own.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.urn").value("900101"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.fields[0].code").value("on_roll"))
                .andExpect(jsonPath("$.fields[0].type").value("WHOLE_NUMBER"))
                .andExpect(jsonPath("$.fields[0].required").value(true))
                .andExpect(jsonPath("$.fields[0].changeThresholdPercent").value(20))
                .andExpect(jsonPath("$.fields[0].answer.value").value("1250"))
                .andExpect(jsonPath("$.fields[1].notMoreThan").value("on_roll"))
                .andExpect(jsonPath("$.fields[2].maximum").value(1000000))
                .andExpect(jsonPath("$.history[0].action").value("SAVE_DRAFT"))
                .andExpect(jsonPath("$.history[0].by").isNotEmpty());
    }

    @Test
    void aDraftWithBadValuesIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
        ReturnSummary own =
                fixture.open("warwickshire", "API bad draft").returns().getFirst();
        send("warwickshire.school", put("/api/v1/returns/" + own.id()), """
                {"version": 0, "answers": {"on_roll": {"value": "lots"}, "ehcp": {"value": "3"}, "spend": {"value": "2000000"}}}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'on_roll')].message").value("'lots' is not a number like 120"))
                .andExpect(jsonPath("$.errors[?(@.field == 'spend')].message").isNotEmpty());
        as("warwickshire.school", get("/api/v1/returns/" + own.id()))
                .andExpect(jsonPath("$.status").value("NOT_STARTED"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.fields[1].answer.value").value(""))
                .andExpect(jsonPath("$.history", hasSize(0)));
    }

    @Test
    void anAnswerToAFieldTheReturnDoesNotHaveIsRefused() throws Exception {
        ReturnSummary own =
                fixture.open("warwickshire", "API unknown field").returns().getFirst();
        send(
                        "warwickshire.school",
                        put("/api/v1/returns/" + own.id()),
                        "{\"version\": 0, \"answers\": {\"on_rol\": {\"value\": \"3\"}}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("on_rol"));
        send("warwickshire.school", put("/api/v1/returns/" + own.id()), "{\"answers\": {}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void aSaveFromAStaleVersionIs409NamingWhoChangedTheReturn() throws Exception {
        ReturnSummary own = fixture.open("warwickshire", "API stale").returns().getFirst();
        String draft = "{\"version\": 0, \"answers\": {\"on_roll\": {\"value\": \"100\"}}}";
        send("warwickshire.school", put("/api/v1/returns/" + own.id()), draft)
                .andExpect(jsonPath("$.version").value(1));
        send("warwickshire.school", put("/api/v1/returns/" + own.id()), draft.replace("100", "120"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.changedBy").isNotEmpty())
                .andExpect(jsonPath("$.detail").value(containsString("changed this return (saved a draft)")));
        as("warwickshire.school", get("/api/v1/returns/" + own.id()))
                .andExpect(jsonPath("$.fields[0].answer.value").value("100"));
    }

    @Test
    void aSubmissionWithoutARequiredFigureIsRefusedForThatField() throws Exception {
        ReturnSummary own =
                fixture.open("warwickshire", "API incomplete").returns().getFirst();
        send(
                        "warwickshire.school",
                        post("/api/v1/returns/" + own.id() + "/submit"),
                        "{\"version\": 0, \"answers\": {\"on_roll\": {\"value\": \"100\"}}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("ehcp"))
                .andExpect(
                        jsonPath("$.errors[0].message").value("Enter a figure, or mark it not applicable and say why"));
    }

    @Test
    void aSubmissionHandsTheReturnToTheLaAndAfterAQueryIsResubmittedTheSameWay() throws Exception {
        ReturnSummary own = fixture.open("warwickshire", "API submit").returns().getFirst();
        send("warwickshire.school", post("/api/v1/returns/" + own.id() + "/submit"), COMPLETE.formatted(0))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.fields[0].answer.value").value("231"))
                .andExpect(jsonPath("$.fields[2].answer.notApplicable").value(true))
                .andExpect(jsonPath("$.history[0].action").value("SUBMIT"));
        signedIn.as("warwickshire.officer");
        SchoolReturnDetails queried;
        try {
            queried = returns.query(own.id(), 1, "", Map.of("ehcp", "Six looks low: please check"));
        } finally {
            signedIn.out();
        }
        as("warwickshire.school", get("/api/v1/returns/" + own.id()))
                .andExpect(jsonPath("$.status").value("QUERIED"))
                .andExpect(jsonPath("$.fields[1].query").value("Six looks low: please check"));
        send(
                        "warwickshire.school",
                        post("/api/v1/returns/" + own.id() + "/submit"),
                        COMPLETE.formatted(queried.version()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESUBMITTED"));
    }

    @Test
    void anLaOfficersTokenQueriesAcceptsAndReopensButASchoolEditorsCannot() throws Exception {
        ReturnSummary own =
                fixture.open("warwickshire", "API LA steps").returns().getFirst();
        send("warwickshire.school", post("/api/v1/returns/" + own.id() + "/submit"), COMPLETE.formatted(0))
                .andExpect(status().isOk());
        send("warwickshire.school", post("/api/v1/returns/" + own.id() + "/accept"), "{\"version\": 1}")
                .andExpect(status().isForbidden());
        send(
                        "warwickshire.officer",
                        post("/api/v1/returns/" + own.id() + "/query"),
                        "{\"version\": 1, \"fieldQueries\": {\"ehcp\": \"Check\"}}")
                .andExpect(jsonPath("$.status").value("QUERIED"))
                .andExpect(jsonPath("$.fields[1].query").value("Check"));
        send("warwickshire.school", post("/api/v1/returns/" + own.id() + "/submit"), COMPLETE.formatted(2))
                .andExpect(status().isOk());
        String accepted = send(
                        "warwickshire.officer", post("/api/v1/returns/" + own.id() + "/accept"), "{\"version\": 3}")
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long version = JsonPath.<Integer>read(accepted, "$.version");
        send(
                        "warwickshire.officer",
                        post("/api/v1/returns/" + own.id() + "/reopen"),
                        "{\"version\": %d}".formatted(version))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        send(
                        "warwickshire.officer",
                        post("/api/v1/returns/" + own.id() + "/reopen"),
                        "{\"version\": %d, \"reason\": \"Typo in EHC plans\"}".formatted(version))
                .andExpect(jsonPath("$.status").value("QUERIED"))
                .andExpect(jsonPath("$.overallQuery").value("Typo in EHC plans"));
    }

    @Test
    void aSchoolEditorsTokenCannotReadOrChangeAnotherSchoolsReturn() throws Exception {
        ReturnSummary other =
                fixture.open("warwickshire", "API other school").returns().get(1);
        everyCallOn("warwickshire.school", other, status().isForbidden());
    }

    @Test
    void anotherTenantsReturnIsNotFound() throws Exception {
        ReturnSummary kingston =
                fixture.open("kingston", "API other tenant").returns().getFirst();
        everyCallOn("warwickshire.school", kingston, status().isNotFound());
        as("warwickshire.officer", get("/api/v1/returns/" + kingston.id())).andExpect(status().isNotFound());
    }

    /** Reading, saving and submitting the return all end the same way, as problem JSON. */
    void everyCallOn(String username, ReturnSummary r, ResultMatcher expected) throws Exception {
        for (MockHttpServletRequestBuilder call : List.of(
                get("/api/v1/returns/" + r.id()),
                put("/api/v1/returns/" + r.id()),
                post("/api/v1/returns/" + r.id() + "/submit"))) {
            send(username, call, COMPLETE.formatted(0))
                    .andExpect(expected)
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void theOpenApiDescriptionListsTheReturnEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/api/v1/returns'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/returns/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/returns/{id}'].put").exists())
                .andExpect(
                        jsonPath("$.paths['/api/v1/returns/{id}/submit'].post").exists())
                .andExpect(
                        jsonPath("$.paths['/api/v1/returns/{id}/accept'].post").exists())
                .andExpect(jsonPath("$.components.schemas.SchoolReturn.properties.fields")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.ReturnAnswers.properties.version")
                        .exists())
                .andExpect(jsonPath("$.components.securitySchemes.personalAccessToken.scheme")
                        .value("bearer"));
    }
}
