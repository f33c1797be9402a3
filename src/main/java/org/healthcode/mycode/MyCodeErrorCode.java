package org.healthcode.mycode;

import org.healthcode.common.ErrorCode;
import org.springframework.http.HttpStatus;

/** Why a resident's screen code was not shown. */
public enum MyCodeErrorCode implements ErrorCode {
    /** No audit of a declaration has been completed yet, so the person has no colour and no code. */
    CODE_NOT_ISSUABLE("code-not-issuable", HttpStatus.CONFLICT);

    private final String code;
    private final HttpStatus status;

    MyCodeErrorCode(String code, HttpStatus status) {
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
