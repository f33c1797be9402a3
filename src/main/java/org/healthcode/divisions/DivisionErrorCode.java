package org.healthcode.divisions;

import org.healthcode.common.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * Why a division code was refused. A code that is not six digits is malformed (400); a well-formed code that names
 * no division in the shipped list is unknown (422).
 */
public enum DivisionErrorCode implements ErrorCode {
    DIVISION_CODE_MALFORMED("division-code-malformed", HttpStatus.BAD_REQUEST),
    DIVISION_UNKNOWN("division-unknown", HttpStatus.UNPROCESSABLE_CONTENT);

    private final String code;
    private final HttpStatus status;

    DivisionErrorCode(String code, HttpStatus status) {
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
