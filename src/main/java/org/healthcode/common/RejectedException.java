package org.healthcode.common;

import java.util.Optional;

/**
 * A request the domain refuses for a stated reason: bad input, a rule that forbids the action, a missing permission.
 * Turned into an RFC 9457 problem by {@code ProblemHandler}; it carries a code and, where it concerns one input, the
 * field name, never the rejected value.
 */
public class RejectedException extends RuntimeException {

    private final transient ErrorCode errorCode;
    private final String field;

    public RejectedException(ErrorCode errorCode) {
        this(errorCode, null);
    }

    public RejectedException(ErrorCode errorCode, String field) {
        super(errorCode.code(), null, false, false);
        this.errorCode = errorCode;
        this.field = field;
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
