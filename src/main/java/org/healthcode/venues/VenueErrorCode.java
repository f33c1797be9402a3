package org.healthcode.venues;

import org.healthcode.common.ErrorCode;
import org.springframework.http.HttpStatus;

/** Why a request about a venue was refused. */
public enum VenueErrorCode implements ErrorCode {
    /** A venue id is not a UUID. */
    VENUE_ID_MALFORMED("venue-id-malformed", HttpStatus.BAD_REQUEST),
    /** No venue has this id. */
    VENUE_UNKNOWN("venue-unknown", HttpStatus.NOT_FOUND),
    /** The venue was retired and accepts no check-ins. */
    VENUE_RETIRED("venue-retired", HttpStatus.CONFLICT),
    /** The category is not one of the fixed list. */
    CATEGORY_UNKNOWN("venue-category-unknown", HttpStatus.BAD_REQUEST),
    /** The account neither operates the venue nor is assigned to it. */
    NOT_YOUR_VENUE("not-your-venue", HttpStatus.FORBIDDEN);

    private final String code;
    private final HttpStatus status;

    VenueErrorCode(String code, HttpStatus status) {
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
