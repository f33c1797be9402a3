package org.healthcode.appeals;

import org.healthcode.common.ErrorCode;
import org.springframework.http.HttpStatus;

/** Why an appeal, or its resolution, was refused. */
public enum AppealErrorCode implements ErrorCode {
    APPEAL_STATEMENT_INVALID("appeal-statement-invalid", HttpStatus.BAD_REQUEST),
    APPEAL_CODE_GREEN("appeal-code-green", HttpStatus.CONFLICT),
    APPEAL_NO_CODE("appeal-no-code", HttpStatus.CONFLICT),
    APPEAL_ALREADY_OPEN("appeal-already-open", HttpStatus.CONFLICT),
    APPEAL_UNKNOWN("appeal-unknown", HttpStatus.NOT_FOUND),
    APPEAL_ALREADY_RESOLVED("appeal-already-resolved", HttpStatus.CONFLICT),
    APPEAL_OUTCOME_MISSING("appeal-outcome-missing", HttpStatus.BAD_REQUEST),
    APPEAL_REASON_MISSING("appeal-reason-missing", HttpStatus.BAD_REQUEST),
    APPEAL_NOTHING_TO_LIFT("appeal-nothing-to-lift", HttpStatus.CONFLICT),
    APPEAL_RESOLVER_IMPOSED_RESTRICTION("appeal-resolver-imposed-restriction", HttpStatus.FORBIDDEN);

    private final String code;
    private final HttpStatus status;

    AppealErrorCode(String code, HttpStatus status) {
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
