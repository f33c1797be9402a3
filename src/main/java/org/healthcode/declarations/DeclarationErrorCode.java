package org.healthcode.declarations;

import org.healthcode.common.ErrorCode;
import org.springframework.http.HttpStatus;

/** Why a declaration or a review decision was refused. */
public enum DeclarationErrorCode implements ErrorCode {
    TEMPERATURE_OUT_OF_RANGE("temperature-out-of-range", HttpStatus.BAD_REQUEST),
    TRAVEL_TOO_MANY("travel-too-many", HttpStatus.BAD_REQUEST),
    TRAVEL_DIVISION_UNKNOWN("travel-division-unknown", HttpStatus.BAD_REQUEST),
    VACCINE_DOSES_OUT_OF_RANGE("vaccine-doses-out-of-range", HttpStatus.BAD_REQUEST),
    DATE_IN_FUTURE("date-in-future", HttpStatus.BAD_REQUEST),
    VACCINATION_DATE_IMPLAUSIBLE("vaccination-date-implausible", HttpStatus.BAD_REQUEST),
    SYMPTOMS_CONTRADICTORY("symptoms-contradictory", HttpStatus.BAD_REQUEST),
    REVIEW_UNKNOWN("review-unknown", HttpStatus.NOT_FOUND),
    REVIEW_ALREADY_DECIDED("review-already-decided", HttpStatus.CONFLICT),
    REVIEW_SUPERSEDED("review-superseded", HttpStatus.CONFLICT),
    REVIEW_REASON_MISSING("review-reason-missing", HttpStatus.BAD_REQUEST),
    REVIEW_CATEGORY_MISSING("review-category-missing", HttpStatus.BAD_REQUEST);

    private final String code;
    private final HttpStatus status;

    DeclarationErrorCode(String code, HttpStatus status) {
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
