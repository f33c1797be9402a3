package org.healthcode.residents;

import org.healthcode.common.ErrorCode;
import org.springframework.http.HttpStatus;

/** Why a registration or a change to a resident was refused. */
public enum ResidentErrorCode implements ErrorCode {
    /** This identity document is already registered: one person, one code. */
    DOCUMENT_ALREADY_REGISTERED("document-already-registered", HttpStatus.CONFLICT),
    /** This phone number already belongs to a registered resident. */
    PHONE_ALREADY_REGISTERED("phone-already-registered", HttpStatus.CONFLICT),
    NAME_FORMAT("name-format", HttpStatus.BAD_REQUEST),
    ADDRESS_FORMAT("address-format", HttpStatus.BAD_REQUEST),
    /** The resident is not registered, or is not a dependant of the caller. */
    RESIDENT_UNKNOWN("resident-unknown", HttpStatus.NOT_FOUND),
    /** A dependant registered by ID card must be a child under 18 or a person of 60 or more. */
    DEPENDANT_AGE("dependant-age", HttpStatus.UNPROCESSABLE_CONTENT),
    /** A guardian may manage at most this many dependants. */
    TOO_MANY_DEPENDANTS("too-many-dependants", HttpStatus.CONFLICT);

    private final String code;
    private final HttpStatus status;

    ResidentErrorCode(String code, HttpStatus status) {
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
