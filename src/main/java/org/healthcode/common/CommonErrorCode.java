package org.healthcode.common;

import org.springframework.http.HttpStatus;

/** Rejections that do not belong to one feature: malformed or oversized requests, missing resources, limits. */
public enum CommonErrorCode implements ErrorCode {
    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST),
    INVALID_FIELD("invalid-field", HttpStatus.BAD_REQUEST),
    REQUEST_TOO_LARGE("request-too-large", HttpStatus.CONTENT_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN),
    CROSS_SITE_REQUEST("cross-site-request", HttpStatus.FORBIDDEN),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED),
    TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS),
    CONFLICT("conflict", HttpStatus.CONFLICT),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR);

    private final String code;
    private final HttpStatus status;

    CommonErrorCode(String code, HttpStatus status) {
        this.code = code;
        this.status = status;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
