package org.healthcode.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.healthcode.common.CommonErrorCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Protects the JSON API against cross-site request forgery where it relies on the session cookie. Pages carry CSRF
 * tokens; {@code /api} does not, so a state-changing API request that would be authenticated by the cookie alone
 * (no {@code Authorization}, {@code X-Lab-Key} or {@code X-Device-Signature} header) must declare a JSON body, which a
 * cross-site form or a "simple" cross-site fetch cannot do without a CORS preflight the server never grants. When the
 * browser names the request's origin, it must be this server's own.
 */
@Component
class CrossSiteRequestGuard extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> CREDENTIAL_HEADERS = Set.of("Authorization", "X-Lab-Key", "X-Device-Signature");

    private final ProblemHandler problems;

    CrossSiteRequestGuard(ProblemHandler problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/")
                || SAFE_METHODS.contains(request.getMethod())
                || CREDENTIAL_HEADERS.stream().anyMatch(header -> request.getHeader(header) != null);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isSameOrigin(request)) {
            problems.write(request, response, CommonErrorCode.CROSS_SITE_REQUEST);
            return;
        }
        if (!declaresJson(request.getContentType())) {
            problems.write(request, response, CommonErrorCode.UNSUPPORTED_MEDIA_TYPE);
            return;
        }

        chain.doFilter(request, response);
    }

    /** True without an {@code Origin} header (not a browser, or a same-origin request of an old browser). */
    private static boolean isSameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }

        try {
            URI named = URI.create(origin.strip());
            return request.getScheme().equalsIgnoreCase(named.getScheme())
                    && request.getServerName().equalsIgnoreCase(named.getHost())
                    && request.getServerPort() == port(named);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    private static int port(URI origin) {
        if (origin.getPort() != -1) {
            return origin.getPort();
        }
        return "https".equals(origin.getScheme().toLowerCase(Locale.ROOT)) ? 443 : 80;
    }

    /** {@code application/json}, or a JSON-based type such as {@code application/fhir+json}. */
    private static boolean declaresJson(String contentType) {
        if (contentType == null) {
            return false;
        }

        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)
                    || type.getType().equals("application") && type.getSubtype().endsWith("+json");
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }
}
