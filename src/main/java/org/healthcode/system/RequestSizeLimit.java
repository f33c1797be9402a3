package org.healthcode.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.healthcode.common.CommonErrorCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses API requests whose declared body is larger than {@code healthcode.api.max-body-size} before anything reads
 * them. Chunked bodies without a length are bounded by the servlet container's own limits.
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {

    private final ApiProperties settings;
    private final ProblemHandler problems;
    private final JsonMapper json;

    RequestSizeLimit(ApiProperties settings, ProblemHandler problems, JsonMapper json) {
        this.settings = settings;
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > settings.maxBodySize().toBytes()) {
            response.setStatus(CommonErrorCode.REQUEST_TOO_LARGE.status().value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problems.problem(CommonErrorCode.REQUEST_TOO_LARGE));
            return;
        }

        chain.doFilter(request, response);
    }
}
