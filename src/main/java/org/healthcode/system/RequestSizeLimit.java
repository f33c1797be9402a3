package org.healthcode.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.healthcode.common.CommonErrorCode;
import org.healthcode.common.ErrorCode;
import org.healthcode.labresults.LabErrorCode;
import org.healthcode.labresults.LabProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses API requests whose declared body is larger than {@code healthcode.api.max-body-size} (for lab uploads under
 * {@code /api/lab/}: {@code healthcode.lab.max-upload-size}) before anything reads them. Chunked bodies without a length are bounded by the servlet container's own limits.
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {

    /** Room for a multipart request's boundaries and part headers around the file itself. */
    private static final long MULTIPART_SLACK = 64 * 1024;

    private final ApiProperties settings;
    private final LabProperties lab;
    private final ProblemHandler problems;
    private final JsonMapper json;

    RequestSizeLimit(ApiProperties settings, LabProperties lab, ProblemHandler problems, JsonMapper json) {
        this.settings = settings;
        this.lab = lab;
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
        boolean upload = request.getRequestURI().startsWith("/api/lab/");
        long limit = upload
                ? lab.maxUploadSize().toBytes() + MULTIPART_SLACK
                : settings.maxBodySize().toBytes();
        if (request.getContentLengthLong() > limit) {
            ErrorCode code = upload ? LabErrorCode.FILE_TOO_LARGE : CommonErrorCode.REQUEST_TOO_LARGE;
            response.setStatus(code.status().value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problems.problem(code));
            return;
        }

        chain.doFilter(request, response);
    }
}
