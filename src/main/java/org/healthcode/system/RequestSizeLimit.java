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
import org.healthcode.venues.VenueImportErrorCode;
import org.healthcode.venues.VenueImportProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API requests whose declared body is larger than {@code healthcode.api.max-body-size} (for lab uploads under
 * {@code /api/lab/}: {@code healthcode.lab.max-upload-size}; for venue imports at {@code /api/venue-import}:
 * {@code healthcode.venue-import.max-file-size}) before anything reads them. Chunked bodies without a length are bounded by the servlet container's own limits.
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {

    /** Room for a multipart request's boundaries and part headers around the file itself. */
    private static final long MULTIPART_SLACK = 64 * 1024;

    private final ApiProperties settings;
    private final LabProperties lab;
    private final VenueImportProperties venueImport;
    private final ProblemHandler problems;

    RequestSizeLimit(
            ApiProperties settings, LabProperties lab, VenueImportProperties venueImport, ProblemHandler problems) {
        this.settings = settings;
        this.lab = lab;
        this.venueImport = venueImport;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean upload = request.getRequestURI().startsWith("/api/lab/");
        boolean venueUpload = request.getRequestURI().equals("/api/venue-import");
        long limit = upload
                ? lab.maxUploadSize().toBytes() + MULTIPART_SLACK
                : venueUpload
                        ? venueImport.maxFileSize().toBytes() + MULTIPART_SLACK
                        : settings.maxBodySize().toBytes();
        if (request.getContentLengthLong() > limit) {
            ErrorCode code = upload
                    ? LabErrorCode.FILE_TOO_LARGE
                    : venueUpload ? VenueImportErrorCode.FILE_TOO_LARGE : CommonErrorCode.REQUEST_TOO_LARGE;
            problems.write(request, response, code);
            return;
        }

        chain.doFilter(request, response);
    }
}
