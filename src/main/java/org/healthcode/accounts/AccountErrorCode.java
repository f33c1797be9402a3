package org.healthcode.accounts;

import org.healthcode.common.ErrorCode;
import org.springframework.http.HttpStatus;

/** Why an account operation was refused. */
public enum AccountErrorCode implements ErrorCode {
    USERNAME_TAKEN("username-taken", HttpStatus.CONFLICT),
    USERNAME_FORMAT("username-format", HttpStatus.BAD_REQUEST),
    DISPLAY_NAME_FORMAT("display-name-format", HttpStatus.BAD_REQUEST),
    ROLE_UNKNOWN("role-unknown", HttpStatus.BAD_REQUEST),
    ROLES_MISSING("roles-missing", HttpStatus.BAD_REQUEST),
    ACCOUNT_UNKNOWN("account-unknown", HttpStatus.NOT_FOUND),
    LAST_ADMINISTRATOR("last-administrator", HttpStatus.CONFLICT);

    private final String code;
    private final HttpStatus status;

    AccountErrorCode(String code, HttpStatus status) {
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
