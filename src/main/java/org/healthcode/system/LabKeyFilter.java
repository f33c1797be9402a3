package org.healthcode.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.healthcode.labresults.LabCaller;
import org.healthcode.labresults.LabErrorCode;
import org.healthcode.labresults.Labs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates lab systems by the API key in the {@code X-Lab-Key} header on {@code /api/lab/**}: a known, unrevoked
 * key makes the request a {@code ROLE_LAB} caller for its lab; any other key is refused with {@code lab-key-invalid}.
 * The key is never logged.
 */
final class LabKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Lab-Key";

    private static final Logger log = LoggerFactory.getLogger(LabKeyFilter.class);
    private static final Marker SECURITY = MarkerFactory.getMarker("SECURITY");

    private final Labs labs;
    private final ProblemHandler problems;

    LabKeyFilter(Labs labs, ProblemHandler problems) {
        this.labs = labs;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || !request.getRequestURI().startsWith("/api/lab/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<LabCaller> caller = labs.callerWithKey(request.getHeader(HEADER));
        if (caller.isEmpty()) {
            log.atWarn().addMarker(SECURITY).setMessage("lab key refused").log();
            problems.write(request, response, LabErrorCode.LAB_KEY_INVALID);
            return;
        }

        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new PreAuthenticatedAuthenticationToken(
                caller.get(), null, List.of(new SimpleGrantedAuthority("ROLE_LAB"))));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
