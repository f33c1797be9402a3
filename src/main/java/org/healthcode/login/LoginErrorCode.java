package org.healthcode.login;

import org.healthcode.common.ErrorCode;
import org.springframework.http.HttpStatus;

/** Why a one-time-code login step was refused. */
public enum LoginErrorCode implements ErrorCode {
    /** The code is wrong; the attempt counted. */
    CODE_WRONG("login-code-wrong", HttpStatus.UNAUTHORIZED),
    /** No code was requested for this phone, or it expired. */
    CODE_EXPIRED("login-code-expired", HttpStatus.UNAUTHORIZED),
    /** Too many wrong codes: a new code must be requested. */
    CODE_ATTEMPTS_EXHAUSTED("login-code-attempts-exhausted", HttpStatus.TOO_MANY_REQUESTS),
    /** Codes were requested too often for this phone or from this address. */
    CODE_REQUESTS_THROTTLED("login-code-requests-throttled", HttpStatus.TOO_MANY_REQUESTS),
    /** The SMS gateway did not accept the code; nothing was sent and the caller may try again shortly. */
    CODE_NOT_DELIVERED("login-code-not-delivered", HttpStatus.SERVICE_UNAVAILABLE),
    /** The caller proved a phone number but has not registered yet. */
    NOT_REGISTERED("not-registered", HttpStatus.FORBIDDEN),
    /** The code is not six digits. */
    CODE_FORMAT("login-code-format", HttpStatus.BAD_REQUEST);

    private final String code;
    private final HttpStatus status;

    LoginErrorCode(String code, HttpStatus status) {
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
