package org.sendplan.portal.api.internal;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.InvalidInputException.FieldMessage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every refusal of an API controller as an RFC 9457 problem detail. Bad input lists each field with the
 * same plain words the portal's forms show ({@code errors: [{field, message}]}).
 */
@RestControllerAdvice(basePackages = "org.sendplan.portal")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail invalidInput(InvalidInputException invalid) {
        List<FieldMessage> problems = invalid.fieldMessages();
        return badInput(summary(problems), problems);
    }

    @ExceptionHandler
    ProblemDetail constraintViolations(ConstraintViolationException violations) {
        List<FieldMessage> problems = violations.getConstraintViolations().stream()
                .map(v -> new FieldMessage(leafOf(v.getPropertyPath()), v.getMessage()))
                .sorted((a, b) -> String.valueOf(a.field()).compareTo(String.valueOf(b.field())))
                .toList();
        return badInput(summary(problems), problems);
    }

    @ExceptionHandler
    ProblemDetail accessDenied(AccessDeniedException denied) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN, "The person this token acts for may not do this.");
    }

    @ExceptionHandler
    ProblemDetail changedElsewhere(ObjectOptimisticLockingFailureException conflict) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "Someone else changed this record at the same time. Read it again and repeat your change.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldMessage> problems = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldMessage(error.getField(), error.getDefaultMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return ResponseEntity.badRequest().body(badInput(summary(problems), problems));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException unreadable,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        if (unreadable.getCause() instanceof JacksonException jackson
                && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream()
                    .map(step -> step.getPropertyName() != null ? step.getPropertyName() : "[" + step.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            String message = "'" + field
                    + "' has a value of the wrong kind: amounts are numbers such as 1234.50, text is in quotes";
            return ResponseEntity.badRequest().body(badInput(message, List.of(new FieldMessage(field, message))));
        }
        return ResponseEntity.badRequest()
                .body(badInput("The request body is not JSON of the documented shape", List.of()));
    }

    private static ProblemDetail badInput(String detail, List<FieldMessage> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid input");
        problem.setProperty(
                "errors",
                problems.stream()
                        .map(p -> p.field() == null
                                ? Map.of("message", p.message())
                                : Map.of("field", p.field(), "message", p.message()))
                        .toList());
        return problem;
    }

    private static String summary(List<FieldMessage> problems) {
        return problems.size() == 1
                ? problems.getFirst().message()
                : problems.size() + " fields need correcting: see errors";
    }

    private static String leafOf(Path path) {
        return StreamSupport.stream(path.spliterator(), false)
                .reduce((first, second) -> second)
                .map(Path.Node::getName)
                .orElse(null);
    }
}
