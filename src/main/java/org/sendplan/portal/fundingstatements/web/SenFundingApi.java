package org.sendplan.portal.fundingstatements.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.fundingstatements.SenFundingDraft;
import org.sendplan.portal.fundingstatements.SenFundingService;
import org.sendplan.portal.fundingstatements.StatementDetails;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A school's SEN notional funding statement, read and saved as a draft by the school's own system. */
@RestController
@RequestMapping("/api/v1/schools/{urn}/sen-funding/{year}")
@Tag(name = "SEN funding statements", description = "The annual SEN notional funding statement of a school")
class SenFundingApi {

    private final SenFundingService statements;

    SenFundingApi(SenFundingService statements) {
        this.statements = statements;
    }

    @Schema(description = "A draft to save. Amounts are pounds to the penny; totals are computed by the portal.")
    record SaveRequest(
            @Schema(
                    description = "The version last read; leave out when there is no statement for the year yet",
                    example = "3")
            Long version,

            @Schema(example = "84500.00") BigDecimal notionalBudget,

            @Schema(example = "52000.00", description = "Staffing and teaching assistants")
            BigDecimal staffing,

            @Schema(example = "9000.00") BigDecimal sencoTime,
            @Schema(example = "8000.00") BigDecimal interventions,
            @Schema(example = "3000.00") BigDecimal training,
            @Schema(example = "2500.00") BigDecimal resources,
            @Schema(example = "6000.00") BigDecimal boughtInServices,

            @Schema(description = "Plain text, at most " + SenFundingDraft.NARRATIVE_LIMIT + " characters")
            String narrative) {

        SenFundingDraft draft() {
            return new SenFundingDraft(
                    notionalBudget,
                    staffing,
                    sencoTime,
                    interventions,
                    training,
                    resources,
                    boughtInServices,
                    narrative);
        }
    }

    record Statement(
            String urn,
            String financialYear,
            String status,
            boolean published,
            BigDecimal notionalBudget,
            BigDecimal staffing,
            BigDecimal sencoTime,
            BigDecimal interventions,
            BigDecimal training,
            BigDecimal resources,
            BigDecimal boughtInServices,

            @Schema(description = "Computed: the sum of the six categories")
            BigDecimal totalSpent,

            @Schema(description = "Computed: the budget less the total spent; negative when more was spent")
            BigDecimal difference,

            String narrative,
            String lastChangedBy,
            Instant lastChangedAt,
            long version) {

        static Statement of(String urn, StatementDetails s) {
            SenFundingDraft f = s.figures();
            return new Statement(
                    urn,
                    s.year().toString(),
                    s.status().name(),
                    s.published(),
                    f.notionalBudget(),
                    f.staffing(),
                    f.sencoTime(),
                    f.interventions(),
                    f.training(),
                    f.resources(),
                    f.boughtInServices(),
                    f.totalSpent(),
                    f.difference(),
                    f.narrative(),
                    s.lastChangedBy(),
                    s.lastChangedAt(),
                    s.version());
        }
    }

    @GetMapping
    @Operation(summary = "The school's statement for a financial year")
    Statement get(
            @PathVariable @Parameter(example = "900101") String urn,
            @PathVariable @Parameter(description = "The financial year, like 2024-25", example = "2024-25")
                    String year) {
        FinancialYear financialYear = yearOf(year);
        schoolOrNotFound(urn);
        return statements
                .find(urn, financialYear)
                .map(found -> Statement.of(urn, found))
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "School " + urn + " has no statement for " + financialYear + " yet"));
    }

    @PutMapping
    @Operation(summary = "Save the school's statement for a financial year as a draft (a school editor's token only)")
    Statement put(@PathVariable String urn, @PathVariable String year, @RequestBody SaveRequest request) {
        FinancialYear financialYear = yearOf(year);
        schoolOrNotFound(urn);
        return Statement.of(urn, statements.save(urn, financialYear, request.version(), request.draft()));
    }

    private static FinancialYear yearOf(String year) {
        try {
            return FinancialYear.parse(year);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("year", e.getMessage());
        }
    }

    private void schoolOrNotFound(String urn) {
        if (statements.school(urn).isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "There is no school with URN " + urn + " in your local authority");
        }
    }
}
