package org.sendplan.portal.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Refusals of the security chain as RFC 9457 problem details: a program reads JSON, never a sign-in page. */
@Component
class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String MISSING_TOKEN = "Send a personal access token: 'Authorization: Bearer spp_…'. "
            + "Create one in the portal under Personal access tokens.";

    private final JsonMapper json;

    ApiProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException problem)
            throws IOException {
        boolean presented = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        // RFC 6750: say which scheme to use, and that a presented token was refused.
        response.setHeader(
                HttpHeaders.WWW_AUTHENTICATE,
                presented
                        ? "Bearer realm=\"send-plan-portal\", error=\"invalid_token\""
                        : "Bearer realm=\"send-plan-portal\"");
        write(request, response, HttpStatus.UNAUTHORIZED, presented ? problem.getMessage() : MISSING_TOKEN);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "The person this token acts for may not do this.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
