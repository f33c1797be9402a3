package org.healthcode.system;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
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
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where API failures become RFC 9457 problem details. Every problem carries a stable {@code code}; the
 * {@code title} is the localised explanation. Neither the rejected input nor an exception message ever reaches the
 * client; unexpected failures are logged with an incident id that the client also receives.
 */
@RestControllerAdvice
class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final String TYPE_PREFIX = "urn:healthcode:problem:";

    private final MessageSource messages;

    ProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RejectedException rejection) {
        ProblemDetail problem = problem(rejection.errorCode());
        rejection.field().ifPresent(field -> problem.setProperty("field", field));
        return respond(problem);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException invalid) {
        ProblemDetail problem = problem(CommonErrorCode.INVALID_FIELD);
        List<Map<String, String>> fields = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "code", constraintCode(error.getCode())))
                .toList();
        problem.setProperty("errors", fields);
        return respond(problem);
    }

    @ExceptionHandler({
        HttpMessageNotReadableException.class,
        MissingServletRequestParameterException.class,
        MethodArgumentTypeMismatchException.class
    })
    ResponseEntity<ProblemDetail> malformed(Exception unreadable) {
        return respond(problem(CommonErrorCode.MALFORMED_REQUEST));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException tooLarge) {
        return respond(problem(CommonErrorCode.REQUEST_TOO_LARGE));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException unsupported) {
        return respond(problem(CommonErrorCode.UNSUPPORTED_MEDIA_TYPE));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException notAllowed) {
        return respond(problem(CommonErrorCode.METHOD_NOT_ALLOWED));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NoResourceFoundException notFound) {
        return respond(problem(CommonErrorCode.NOT_FOUND));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException denied) {
        return respond(problem(CommonErrorCode.FORBIDDEN));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) {
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
        return respond(problem);
    }

    /** A problem for a code, titled in the request's language. Also used by the security entry points. */
    ProblemDetail problem(ErrorCode code) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(code.status());
        problem.setType(URI.create(TYPE_PREFIX + code.code()));
        problem.setTitle(messages.getMessage(code.messageKey(), null, code.code(), locale));
        problem.setProperty("code", code.code());
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static String constraintCode(String constraint) {
        return constraint == null
                ? "invalid"
                : constraint.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
