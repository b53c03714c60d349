package org.sendplan.portal.fundingstatements;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.api.TokenFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The statement endpoints as a school's information system calls them, with its editor's token. */
@PortalTest
class SenFundingApiTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    TokenFixture tokens;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    ResultActions getAs(String username, String path) throws Exception {
        return mvc.perform(get(path)
                .header("Authorization", "Bearer " + tokens.tokenOf(username).secret()));
    }

    ResultActions putAs(String username, String path, String json) throws Exception {
        return mvc.perform(put(path)
                .header("Authorization", "Bearer " + tokens.tokenOf(username).secret())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void aSchoolSystemReadsItsStatementWithComputedTotals() throws Exception {
        getAs("warwickshire.school", "/api/v1/schools/900101/sen-funding/2024-25")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.financialYear").value("2024/25"))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.published").value(true))
                .andExpect(jsonPath("$.totalSpent").value(85750.50))
                .andExpect(jsonPath("$.difference").value(-1250.50));
    }

    @Test
    void aSchoolSystemSavesADraftAndReadsItBack() throws Exception {
        String body = """
                {"notionalBudget": 70000, "staffing": 40000, "sencoTime": 8000, "interventions": 6000, "training": 1000,
                 "resources": 1500, "boughtInServices": 2500.25, "narrative": "From our MIS <b>as typed</b>"}""";
        putAs("kingston.school", "/api/v1/schools/900301/sen-funding/2023-24", body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.totalSpent").value(59000.25))
                .andExpect(jsonPath("$.difference").value(10999.75))
                .andExpect(jsonPath("$.narrative").value("From our MIS <b>as typed</b>"))
                .andExpect(jsonPath("$.version").value(0));
        putAs("kingston.school", "/api/v1/schools/900301/sen-funding/2023-24", body.replace("{", "{\"version\": 0, "))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        putAs("kingston.school", "/api/v1/schools/900301/sen-funding/2023-24", body.replace("{", "{\"version\": 0, "))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void invalidFiguresAreProblemDetailsNamingEachField() throws Exception {
        putAs(
                        "kingston.school",
                        "/api/v1/schools/900301/sen-funding/2016-17",
                        "{\"notionalBudget\": -5, \"staffing\": 1, \"interventions\": 1, \"training\": 1, \"resources\": 1, \"boughtInServices\": 1}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'notionalBudget')].message")
                        .value("The notional SEN budget cannot be negative"))
                .andExpect(jsonPath("$.errors[?(@.field == 'sencoTime')].message")
                        .value("Enter the spend on SENCO time (0 if none)"));
        putAs("kingston.school", "/api/v1/schools/900301/sen-funding/2016-17", "{\"notionalBudget\": \"lots\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("notionalBudget"));
        getAs("kingston.school", "/api/v1/schools/900301/sen-funding/2016")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    @Test
    void aSchoolEditorsTokenCannotReadAnotherSchool() throws Exception {
        getAs("warwickshire.school", "/api/v1/schools/900102/sen-funding/2024-25")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anotherTenantsUrnIsNotFound() throws Exception {
        getAs("solihull.officer", "/api/v1/schools/900101/sen-funding/2024-25")
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("no school with URN 900101")));
    }

    @Test
    void anLaOfficersTokenReadsButCannotSave() throws Exception {
        getAs("warwickshire.officer", "/api/v1/schools/900101/sen-funding/2024-25")
                .andExpect(status().isOk());
        putAs("warwickshire.officer", "/api/v1/schools/900101/sen-funding/2015-16", "{}")
                .andExpect(status().isForbidden());
    }

    @Test
    void theOpenApiDescriptionListsTheStatementEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/api/v1/schools/{urn}/sen-funding/{year}'].get")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/schools/{urn}/sen-funding/{year}'].put")
                        .exists());
    }
}
