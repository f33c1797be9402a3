package org.healthcode.rules;

import org.healthcode.common.ErrorCode;
import org.springframework.http.HttpStatus;

/** Why a manual colour decision or a rule-set activation was refused. */
public enum RulesErrorCode implements ErrorCode {
    DECISION_REASON_MISSING("decision-reason-missing", HttpStatus.BAD_REQUEST),
    DECISION_CATEGORY_MISSING("decision-category-missing", HttpStatus.BAD_REQUEST),
    DECISION_COLOUR_NOT_ALLOWED("decision-colour-not-allowed", HttpStatus.BAD_REQUEST),
    DECISION_UNKNOWN("decision-unknown", HttpStatus.NOT_FOUND),
    DECISION_NEEDS_NO_APPROVAL("decision-needs-no-approval", HttpStatus.CONFLICT),
    DECISION_ALREADY_CLOSED("decision-already-closed", HttpStatus.CONFLICT),
    DECISION_APPROVER_IS_REQUESTER("decision-approver-is-requester", HttpStatus.FORBIDDEN),
    RULE_SET_UNKNOWN("rule-set-unknown", HttpStatus.NOT_FOUND),
    RULE_SET_ALREADY_ACTIVE("rule-set-already-active", HttpStatus.CONFLICT);

    private final String code;
    private final HttpStatus status;

    RulesErrorCode(String code, HttpStatus status) {
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
