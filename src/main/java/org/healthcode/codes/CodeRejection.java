package org.healthcode.codes;

import org.healthcode.common.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * Why a checkpoint refuses a health code. The codes are stable: offline verifiers, other regions and the test vectors
 * under {@code code-vectors/} match on them.
 */
public enum CodeRejection implements ErrorCode {
    /** Not a code at all: bad Base45, bad zlib stream, too long, too large inflated, or a CBOR/COSE shape we reject. */
    UNREADABLE("unreadable", HttpStatus.BAD_REQUEST),
    /** The text does not start with a prefix and version this verifier knows ({@code HCN1:}). */
    UNKNOWN_VERSION("unknown-version", HttpStatus.BAD_REQUEST),
    /** The key id is not in the verifier's trusted keys, or the key has been retired. */
    UNKNOWN_KEY("unknown-key", HttpStatus.UNPROCESSABLE_CONTENT),
    /** The signature does not match the signed bytes and the key named by the key id. */
    BAD_SIGNATURE("bad-signature", HttpStatus.UNPROCESSABLE_CONTENT),
    /** The code's expiry, plus the clock tolerance, has passed. */
    EXPIRED("expired", HttpStatus.UNPROCESSABLE_CONTENT),
    /** The code's issue time lies further in the future than the clock tolerance allows. */
    NOT_YET_VALID("not-yet-valid", HttpStatus.UNPROCESSABLE_CONTENT),
    /** A card code whose serial has been revoked; checked online only. */
    REVOKED_CARD("revoked-card", HttpStatus.UNPROCESSABLE_CONTENT),
    /** The subject token names nobody the issuing region knows; checked online only. */
    UNKNOWN_PERSON("unknown-person", HttpStatus.UNPROCESSABLE_CONTENT);

    private final String code;
    private final HttpStatus status;

    CodeRejection(String code, HttpStatus status) {
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
