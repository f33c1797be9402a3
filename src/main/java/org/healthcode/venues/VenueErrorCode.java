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
    NOT_YOUR_VENUE("not-your-venue", HttpStatus.FORBIDDEN),
    /** A venue name is blank or longer than 200 characters. */
    NAME_INVALID("venue-name-invalid", HttpStatus.BAD_REQUEST),
    /** An address is blank or longer than 300 characters. */
    ADDRESS_INVALID("venue-address-invalid", HttpStatus.BAD_REQUEST),
    /** Only one of latitude and longitude was given, or one is out of range. */
    COORDINATES_INVALID("venue-coordinates-invalid", HttpStatus.BAD_REQUEST),
    /** A capacity is not a whole number between 1 and 1,000,000. */
    CAPACITY_INVALID("venue-capacity-invalid", HttpStatus.BAD_REQUEST),
    /** An entrance name is blank, longer than 100 characters, repeated, or there are more than 50. */
    ENTRANCE_INVALID("venue-entrance-invalid", HttpStatus.BAD_REQUEST),
    /** The operator already has a venue of this name in this division. */
    VENUE_EXISTS("venue-exists", HttpStatus.CONFLICT),
    /** The staff account to assign does not exist or does not hold the venue staff role. */
    STAFF_UNKNOWN("venue-staff-unknown", HttpStatus.BAD_REQUEST),
    /** Only the venue's operator may change it. */
    NOT_THE_OPERATOR("not-the-venue-operator", HttpStatus.FORBIDDEN),
    /** No entrance of this venue has this id. */
    ENTRANCE_UNKNOWN("venue-entrance-unknown", HttpStatus.BAD_REQUEST),
    /** A scan carried neither a code nor an identity document, or both. */
    SCAN_MALFORMED("scan-malformed", HttpStatus.BAD_REQUEST),
    /** No registered resident holds this identity document. */
    PERSON_UNKNOWN("person-unknown", HttpStatus.UNPROCESSABLE_CONTENT),
    /** An accompanying person is not a dependant of the scanned person, or is listed twice. */
    COMPANION_NOT_DEPENDANT("companion-not-dependant", HttpStatus.UNPROCESSABLE_CONTENT),
    /** More accompanying people than one scan may check in. */
    TOO_MANY_COMPANIONS("too-many-companions", HttpStatus.BAD_REQUEST),
    /** A drug purchase was sent for a venue that is not a pharmacy. */
    NOT_A_PHARMACY("not-a-pharmacy", HttpStatus.CONFLICT),
    /** The drug class is not one of the watched classes. */
    DRUG_CLASS_UNKNOWN("drug-class-unknown", HttpStatus.BAD_REQUEST),
    /** The text is not a place code of this server's format. */
    PLACE_CODE_UNREADABLE("place-code-unreadable", HttpStatus.BAD_REQUEST),
    /** The place code's signature does not verify with any published key: it was forged or altered. */
    PLACE_CODE_FORGED("place-code-forged", HttpStatus.UNPROCESSABLE_CONTENT),
    /** The place code (a rotating one, or a replaced poster) is no longer valid. */
    PLACE_CODE_EXPIRED("place-code-expired", HttpStatus.UNPROCESSABLE_CONTENT),
    /**
     * The check-in was not confirmed as stored within the group-commit wait (the database is slow or unreachable, or
     * the server is stopping): the scan may or may not have been recorded, and scanning again is safe.
     */
    CHECK_IN_NOT_CONFIRMED("check-in-not-confirmed", HttpStatus.SERVICE_UNAVAILABLE);

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
