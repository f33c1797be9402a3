package org.healthcode.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.healthcode.common.CommonErrorCode;
import org.healthcode.common.ErrorCode;
import org.healthcode.common.RejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place where failures become RFC 9457 problem details. Every problem carries a stable {@code code}; the
 * {@code title} is the localised explanation. Neither the rejected input nor an exception message ever reaches the
 * client; unexpected failures are logged with an incident id that the client also receives.
 *
 * <p>API clients get the problem as JSON. A browser asking for a page ({@code Accept: text/html}, outside {@code
 * /api}) gets the same problem as the error page {@code error/problem}, with the same status.
 */
@RestControllerAdvice
class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final String TYPE_PREFIX = "urn:healthcode:problem:";
    /** PostgreSQL's {@code character_not_in_repertoire}: text with a NUL byte. */
    private static final String UNSTORABLE_TEXT = "22021";

    private static final String ERROR_PAGE = "error/problem";

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ProblemHandler(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @ExceptionHandler(RejectedException.class)
    Object rejected(RejectedException rejection, HttpServletRequest request) {
        ProblemDetail problem = problem(rejection.errorCode());
        rejection.field().ifPresent(field -> problem.setProperty("field", field));
        return respond(problem, request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    Object invalid(MethodArgumentNotValidException invalid, HttpServletRequest request) {
        ProblemDetail problem = problem(CommonErrorCode.INVALID_FIELD);
        List<Map<String, String>> fields = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "code", constraintCode(error.getCode())))
                .toList();
        problem.setProperty("errors", fields);
        return respond(problem, request);
    }

    @ExceptionHandler({
        HttpMessageNotReadableException.class,
        MissingServletRequestParameterException.class,
        MissingServletRequestPartException.class,
        MethodArgumentTypeMismatchException.class
    })
    Object malformed(Exception unreadable, HttpServletRequest request) {
        return respond(problem(CommonErrorCode.MALFORMED_REQUEST), request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException tooLarge, HttpServletRequest request) {
        return respond(problem(CommonErrorCode.REQUEST_TOO_LARGE), request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object unsupportedMediaType(HttpMediaTypeNotSupportedException unsupported, HttpServletRequest request) {
        return respond(problem(CommonErrorCode.UNSUPPORTED_MEDIA_TYPE), request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(HttpMediaTypeNotAcceptableException notAcceptable, HttpServletRequest request) {
        return respond(problem(CommonErrorCode.NOT_ACCEPTABLE), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object methodNotAllowed(HttpRequestMethodNotSupportedException notAllowed, HttpServletRequest request) {
        return respond(problem(CommonErrorCode.METHOD_NOT_ALLOWED), request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object notFound(NoResourceFoundException notFound, HttpServletRequest request) {
        return respond(problem(CommonErrorCode.NOT_FOUND), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object forbidden(AccessDeniedException denied, HttpServletRequest request) {
        return respond(problem(CommonErrorCode.FORBIDDEN), request);
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception failure, HttpServletRequest request) {
        if (unstorableText(failure)) {
            return respond(problem(CommonErrorCode.MALFORMED_REQUEST), request);
        }

        String incident = UUID.randomUUID().toString();
        log.atError()
                .setMessage("request failed unexpectedly")
                .addKeyValue("incident", incident)
                .addKeyValue("method", request.getMethod())
                .addKeyValue("path", request.getRequestURI())
                .addKeyValue("exception", failure.getClass().getName())
                .setCause(failure)
                .log();
        ProblemDetail problem = problem(CommonErrorCode.INTERNAL_ERROR);
        problem.setProperty("incident", incident);
        return respond(problem, request);
    }

    /**
     * Whether the database refused text it cannot store (a NUL byte, SQLSTATE {@value #UNSTORABLE_TEXT}) that no check
     * caught at the edge: the client's bad input, not a failure of ours.
     */
    private static boolean unstorableText(Exception failure) {
        return NestedExceptionUtils.getMostSpecificCause(failure) instanceof SQLException cause
                && UNSTORABLE_TEXT.equals(cause.getSQLState());
    }

    /** A problem for a code, titled in the language Spring MVC resolved for the current request. */
    ProblemDetail problem(ErrorCode code) {
        return problem(code, LocaleContextHolder.getLocale());
    }

    /**
     * Writes the problem for a code as JSON, for filters and security handlers that answer before Spring MVC runs.
     * The language is resolved from the request with the application's locale resolver, as the pages do.
     */
    void write(HttpServletRequest request, HttpServletResponse response, ErrorCode code) throws IOException {
        ProblemDetail problem = problem(code, locales.resolveLocale(request));
        response.setStatus(code.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private ProblemDetail problem(ErrorCode code, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(code.status());
        problem.setType(URI.create(TYPE_PREFIX + code.code()));
        problem.setTitle(messages.getMessage(code.messageKey(), null, code.code(), locale));
        problem.setProperty("code", code.code());
        return problem;
    }

    private static Object respond(ProblemDetail problem, HttpServletRequest request) {
        if (!wantsPage(request)) {
            return ResponseEntity.status(problem.getStatus()).body(problem);
        }

        Map<String, Object> page = Map.of(
                "title", problem.getTitle(),
                "code", problem.getProperties().get("code"),
                "incident", problem.getProperties().getOrDefault("incident", ""));
        return new ModelAndView(ERROR_PAGE, page, HttpStatus.valueOf(problem.getStatus()));
    }

    /** A browser asking for a page, as opposed to a client of the JSON API. */
    static boolean wantsPage(HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            return false;
        }

        String accept = request.getHeader("Accept");
        try {
            return accept != null
                    && MediaType.parseMediaTypes(accept).stream().anyMatch(MediaType.TEXT_HTML::equalsTypeAndSubtype);
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    private static String constraintCode(String constraint) {
        return constraint == null
                ? "invalid"
                : constraint.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
