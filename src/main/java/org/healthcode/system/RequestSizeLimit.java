package org.healthcode.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.healthcode.common.CommonErrorCode;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API requests whose declared body is larger than {@code healthcode.api.max-body-size} before anything reads
 * them. Chunked bodies without a length are bounded by the servlet container's own limits.
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {

    private final ApiProperties settings;
    private final ProblemHandler problems;

    RequestSizeLimit(ApiProperties settings, ProblemHandler problems) {
        this.settings = settings;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > settings.maxBodySize().toBytes()) {
            problems.write(request, response, CommonErrorCode.REQUEST_TOO_LARGE);
            return;
        }

        chain.doFilter(request, response);
    }
}
