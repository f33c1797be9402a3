package org.healthcode.sampling;

import org.healthcode.common.ErrorCode;
import org.springframework.http.HttpStatus;

/** Why a sampling request was refused. */
public enum SamplingErrorCode implements ErrorCode {
    /** A barcode is not 8-20 upper-case letters and digits. */
    BARCODE_FORMAT("barcode-format", HttpStatus.BAD_REQUEST),
    /** The tube kind is neither SINGLE nor MIXED. */
    TUBE_KIND_UNKNOWN("tube-kind-unknown", HttpStatus.BAD_REQUEST),
    /** A mixed tube's pool size is not one of the configured sizes. */
    POOL_SIZE_NOT_ALLOWED("pool-size-not-allowed", HttpStatus.BAD_REQUEST),
    /** No tube has this barcode. */
    TUBE_UNKNOWN("tube-unknown", HttpStatus.NOT_FOUND),
    /** A tube with this barcode was opened before; barcodes are never reused. */
    TUBE_EXISTS("tube-exists", HttpStatus.CONFLICT),
    /** The tube is sealed: nobody more can be bound to it. */
    TUBE_SEALED("tube-sealed", HttpStatus.CONFLICT),
    /** A tube with nobody in it cannot be sealed. */
    TUBE_EMPTY("tube-empty", HttpStatus.CONFLICT),
    /** The person is already in this tube. */
    ALREADY_IN_TUBE("already-in-tube", HttpStatus.CONFLICT),
    /** The person is already in another open tube of the same round. */
    ALREADY_IN_OPEN_TUBE("already-in-open-tube", HttpStatus.CONFLICT),
    /** Neither a code text nor an identity document was given to identify the person. */
    PERSON_MISSING("person-missing", HttpStatus.BAD_REQUEST),
    /** No registered resident holds this code or document. */
    PERSON_UNKNOWN("person-unknown", HttpStatus.NOT_FOUND),
    /** No sampling site has this id. */
    SITE_UNKNOWN("site-unknown", HttpStatus.NOT_FOUND),
    /** A site's name is empty or longer than 100 characters. */
    SITE_NAME_INVALID("site-name-invalid", HttpStatus.BAD_REQUEST),
    /** Another site has this name. */
    SITE_NAME_TAKEN("site-name-taken", HttpStatus.CONFLICT),
    /** The round is not a date (yyyy-MM-dd). */
    ROUND_INVALID("round-invalid", HttpStatus.BAD_REQUEST);

    private final String code;
    private final HttpStatus status;

    SamplingErrorCode(String code, HttpStatus status) {
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
