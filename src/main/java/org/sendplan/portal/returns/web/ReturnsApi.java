package org.sendplan.portal.returns.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.returns.FieldDefinition;
import org.sendplan.portal.returns.FieldEntry;
import org.sendplan.portal.returns.FieldProblem;
import org.sendplan.portal.returns.ReturnProblems;
import org.sendplan.portal.returns.ReturnStatus;
import org.sendplan.portal.returns.ReturnStepRecord;
import org.sendplan.portal.returns.ReturnSummary;
import org.sendplan.portal.returns.SchoolReturnDetails;
import org.sendplan.portal.returns.SchoolReturnService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * School returns as a school's information system fills them in: the same service as the portal's pages,
 * so the same tenancy, roles, own-school limit and rules apply.
 */
@RestController
@RequestMapping("/api/v1/returns")
@Tag(name = "School returns", description = "The figures the local authority collects from schools each period")
class ReturnsApi {

    private final SchoolReturnService returns;

    ReturnsApi(SchoolReturnService returns) {
        this.returns = returns;
    }

    record ReturnItem(
            UUID id,
            UUID collectionId,

            @Schema(example = "Spring term 2026 SEND return")
            String collectionTitle,

            @Schema(example = "Spring 2026") String period,
            LocalDate opensOn,
            LocalDate deadline,
            @Schema(example = "900101") String urn,
            String schoolName,
            ReturnStatus status,

            @Schema(description = "Past the deadline and not handed in")
            boolean overdue,

            Instant lastChangedAt,
            long version) {

        static ReturnItem of(ReturnSummary r) {
            return new ReturnItem(
                    r.id(),
                    r.collectionId(),
                    r.collectionTitle(),
                    r.period(),
                    r.opensOn(),
                    r.deadline(),
                    r.urn(),
                    r.schoolName(),
                    r.status(),
                    r.overdue(),
                    r.lastChangedAt(),
                    r.version());
        }
    }

    @Schema(description = "A school's answer to one field: a figure, or not applicable with the reason; and a comment")
    record ReturnAnswer(
            @Schema(description = "The figure as text or a number; thousands separators are allowed", example = "1,250")
            String value,

            @Schema(description = "True when the field does not apply to the school; then give the reason")
            Boolean notApplicable,

            @Schema(example = "Special unit counted separately")
            String reason,

            @Schema(
                    description =
                            "Needed on submission when the figure moves more than the field's change threshold from last period")
            String comment) {

        static ReturnAnswer of(FieldEntry entry) {
            return new ReturnAnswer(entry.value(), entry.notApplicable(), entry.reason(), entry.comment());
        }

        FieldEntry entry() {
            return new FieldEntry(
                    Objects.toString(value, ""),
                    Boolean.TRUE.equals(notApplicable),
                    Objects.toString(reason, ""),
                    Objects.toString(comment, ""));
        }
    }

    record ReturnField(
            @Schema(example = "on_roll") String code,
            @Schema(example = "Pupils on roll") String label,

            @Schema(allowableValues = {"WHOLE_NUMBER", "DECIMAL"})
            String type,

            boolean required,
            BigDecimal minimum,
            BigDecimal maximum,

            @Schema(description = "The code of the field this one may not exceed")
            String notMoreThan,

            @Schema(
                    description =
                            "A comment is needed on submission when the figure moves by more than this percentage from "
                                    + "last period's accepted figure")
            BigDecimal changeThresholdPercent,

            ReturnAnswer answer,

            @Schema(description = "The school's accepted figure of the previous period of the same series, if any")
            BigDecimal previous,

            @Schema(description = "The local authority's question about this figure, if it queried the return")
            String query) {}

    record ReturnHistoryStep(
            Instant at,
            String by,
            @Schema(example = "SUBMIT") String action,
            @Schema(example = "Submitted") String description,

            @Schema(description = "The query or reason given, if any")
            String note) {

        static ReturnHistoryStep of(ReturnStepRecord step) {
            return new ReturnHistoryStep(
                    step.at(), step.by(), step.action().name(), step.action().pastTense(), step.note());
        }
    }

    record SchoolReturn(
            UUID id,
            UUID collectionId,
            String collectionTitle,
            String period,
            LocalDate opensOn,
            LocalDate deadline,
            String urn,
            String schoolName,
            ReturnStatus status,
            List<ReturnField> fields,

            @Schema(description = "The local authority's question about the whole return, if it queried it")
            String overallQuery,

            @Schema(description = "Every step, oldest first")
            List<ReturnHistoryStep> history,

            long version) {

        static SchoolReturn of(SchoolReturnDetails details) {
            ReturnSummary s = details.summary();
            List<ReturnField> fields = details.fields().stream()
                    .map(f -> new ReturnField(
                            f.code(),
                            f.label(),
                            f.type().name(),
                            f.required(),
                            f.minimum(),
                            f.maximum(),
                            f.notMoreThan(),
                            f.changeThresholdPercent(),
                            ReturnAnswer.of(details.entry(f.code())),
                            details.previous().get(f.code()),
                            details.fieldQueries().get(f.code())))
                    .toList();
            return new SchoolReturn(
                    s.id(),
                    s.collectionId(),
                    s.collectionTitle(),
                    s.period(),
                    s.opensOn(),
                    s.deadline(),
                    s.urn(),
                    s.schoolName(),
                    s.status(),
                    fields,
                    details.overallQuery(),
                    details.steps().stream().map(ReturnHistoryStep::of).toList(),
                    details.version());
        }
    }

    @Schema(description = "Every answer of the return, by field code; a field left out is saved blank")
    record ReturnAnswers(
            @Schema(description = "The version last read", example = "3", requiredMode = Schema.RequiredMode.REQUIRED)
            Long version,

            @Schema(
                    example =
                            "{\"on_roll\": {\"value\": \"231\"}, \"ehcp\": {\"notApplicable\": true, \"reason\": \"Counted by the unit\"}}")
            Map<String, ReturnAnswer> answers) {}

    @Schema(description = "The local authority's step on a handed-in return")
    record LaStep(
            @Schema(description = "The version last read", example = "4", requiredMode = Schema.RequiredMode.REQUIRED)
            Long version,

            @Schema(description = "Query: the question about the whole return")
            String overallQuery,

            @Schema(
                    description = "Query: questions about single figures, by field code",
                    example = "{\"ehcp\": \"Six looks low\"}")
            Map<String, String> fieldQueries,

            @Schema(description = "Reopen: why the accepted return needs correcting")
            String reason) {}

    @GetMapping
    @Operation(
            summary =
                    "The returns this token may act on: a school editor's own schools', or every school's of the local authority")
    List<ReturnItem> list(
            @RequestParam(required = false) @Parameter(description = "Only this collection's returns") UUID collection,
            @RequestParam(required = false) @Parameter(description = "Only returns in this state")
                    ReturnStatus status) {
        return returns.actionable(collection, status).stream()
                .map(ReturnItem::of)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(
            summary =
                    "A return with its fields and rules, the answers so far, last period's figures, any query and its history")
    SchoolReturn get(@PathVariable UUID id) {
        return SchoolReturn.of(existing(id));
    }

    @PutMapping("/{id}")
    @Operation(
            summary =
                    "Save the answers as a draft: figures must be readable and within range; required answers and comments can wait")
    SchoolReturn saveDraft(@PathVariable UUID id, @RequestBody ReturnAnswers request) {
        return SchoolReturn.of(returns.saveDraft(id, versionOf(request.version()), entries(existing(id), request)));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit the answers to the local authority (or resubmit after a query): every rule is checked")
    SchoolReturn submit(@PathVariable UUID id, @RequestBody ReturnAnswers request) {
        return SchoolReturn.of(returns.submit(id, versionOf(request.version()), entries(existing(id), request)));
    }

    @PostMapping("/{id}/query")
    @Operation(summary = "Send a submitted return back to the school with questions (an LA officer's token only)")
    SchoolReturn query(@PathVariable UUID id, @RequestBody LaStep request) {
        existing(id);
        return SchoolReturn.of(returns.query(
                id,
                versionOf(request.version()),
                request.overallQuery(),
                Objects.requireNonNullElse(request.fieldQueries(), Map.of())));
    }

    @PostMapping("/{id}/accept")
    @Operation(
            summary =
                    "Accept a submitted return: it is locked and its figures go to the KPIs (an LA officer's token only)")
    SchoolReturn accept(@PathVariable UUID id, @RequestBody LaStep request) {
        existing(id);
        return SchoolReturn.of(returns.accept(id, versionOf(request.version())));
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "Reopen an accepted return for correction, with the reason (an LA officer's token only)")
    SchoolReturn reopen(@PathVariable UUID id, @RequestBody LaStep request) {
        existing(id);
        return SchoolReturn.of(returns.reopen(id, versionOf(request.version()), request.reason()));
    }

    /** Names who changed the return since the caller read it, so the school's system can tell its user. */
    @ExceptionHandler
    ProblemDetail changedElsewhere(ObjectOptimisticLockingFailureException conflict) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "Someone else changed this return since you read it. Read it again and repeat your change.");
        if (conflict.getIdentifier() instanceof UUID id) {
            returns.find(id).ifPresent(now -> {
                problem.setProperty("currentVersion", now.version());
                if (!now.steps().isEmpty()) {
                    ReturnStepRecord last = now.steps().getLast();
                    problem.setProperty("changedBy", last.by());
                    problem.setProperty("changedAt", last.at());
                    problem.setDetail(last.by() + " changed this return ("
                            + last.action().pastTense().toLowerCase(Locale.UK) + ") at " + last.at()
                            + " since you read it. Read it again and repeat your change.");
                }
            });
        }
        return problem;
    }

    /** Read before any change, so another tenant's return is 404 here as on reading, and another school's 403. */
    private SchoolReturnDetails existing(UUID id) {
        return returns.find(id)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "There is no return " + id + " in your local authority"));
    }

    private static long versionOf(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "Send the version of the return you last read");
        }
        return version;
    }

    /** The answers by field code; an unknown code is refused rather than dropped, so a mistyped one is not lost silently. */
    private static Map<String, FieldEntry> entries(SchoolReturnDetails current, ReturnAnswers request) {
        Map<String, FieldEntry> entries = new LinkedHashMap<>();
        List<FieldProblem> unknown = new ArrayList<>();
        List<String> codes =
                current.fields().stream().map(FieldDefinition::code).toList();
        (request.answers() == null ? Map.<String, ReturnAnswer>of() : request.answers()).forEach((code, answer) -> {
            if (!codes.contains(code)) {
                unknown.add(new FieldProblem(
                        code, "This return has no field '" + code + "'; its fields are " + String.join(", ", codes)));
            } else if (answer != null) {
                entries.put(code, answer.entry());
            }
        });
        if (!unknown.isEmpty()) {
            throw new ReturnProblems(unknown);
        }
        return entries;
    }
}
