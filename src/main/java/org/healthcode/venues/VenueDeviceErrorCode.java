package org.healthcode.venues;

import org.healthcode.common.ErrorCode;
import org.springframework.http.HttpStatus;

/** Why a request about a venue's scanning devices, or from one, was refused. */
public enum VenueDeviceErrorCode implements ErrorCode {
    /** A device label is blank or longer than 100 characters. */
    LABEL_INVALID("device-label-invalid", HttpStatus.BAD_REQUEST),
    /** No device of this venue has this id. */
    DEVICE_UNKNOWN("device-unknown", HttpStatus.NOT_FOUND),
    /** A device request lacks one of the signing headers, or one is not of its form. */
    AUTHENTICATION_MALFORMED("device-authentication-malformed", HttpStatus.UNAUTHORIZED),
    /** No device has the id the request names. */
    KEY_UNKNOWN("device-key-unknown", HttpStatus.UNAUTHORIZED),
    /** The device's key was revoked by the venue's operator. */
    KEY_REVOKED("device-key-revoked", HttpStatus.UNAUTHORIZED),
    /** The request's signature does not match the device's key: altered, or signed with another key. */
    SIGNATURE_INVALID("device-signature-invalid", HttpStatus.UNAUTHORIZED),
    /** The request's timestamp is further from the server's clock than the tolerance. */
    TIMESTAMP_OUT_OF_TOLERANCE("device-timestamp-out-of-tolerance", HttpStatus.UNAUTHORIZED),
    /** The request's nonce was already used by this device within the tolerance window: a replay. */
    REQUEST_REPLAYED("device-request-replayed", HttpStatus.UNAUTHORIZED);

    private final String code;
    private final HttpStatus status;

    VenueDeviceErrorCode(String code, HttpStatus status) {
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
