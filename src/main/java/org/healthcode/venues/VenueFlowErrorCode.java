package org.healthcode.venues;

import org.healthcode.common.ErrorCode;
import org.springframework.http.HttpStatus;

/** Why a request about flows, occupancy or a check-out was refused. */
public enum VenueFlowErrorCode implements ErrorCode {
    /** The person has no admitted check-in with this id within the last 24 hours. */
    CHECK_IN_UNKNOWN("check-in-unknown", HttpStatus.NOT_FOUND),
    /** A check-in id is not a UUID. */
    CHECK_IN_ID_MALFORMED("check-in-id-malformed", HttpStatus.BAD_REQUEST),
    /** The day of a flow chart is not a date in the form 2026-12-04. */
    FLOW_DAY_MALFORMED("flow-day-malformed", HttpStatus.BAD_REQUEST),
    /** A district office asked for the flows of a division outside the divisions assigned to it. */
    FLOW_DISTRICT_NOT_YOURS("flow-district-not-yours", HttpStatus.FORBIDDEN);

    private final String code;
    private final HttpStatus status;

    VenueFlowErrorCode(String code, HttpStatus status) {
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
