package org.healthcode.labresults;

import org.healthcode.common.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * Why a laboratory upload, or one row of it, was refused. Row codes appear in an upload's report next to the row
 * number; file codes refuse the whole upload, which then changes nothing.
 */
public enum LabErrorCode implements ErrorCode {
    /** Row: a required field is missing or unreadable (tube, result, Ct, times), or sampling is after reporting. */
    MALFORMED_ROW("malformed-row", HttpStatus.UNPROCESSABLE_CONTENT),
    /** Row: no tube has this barcode. */
    TUBE_UNKNOWN("lab-tube-unknown", HttpStatus.UNPROCESSABLE_CONTENT),
    /** Row: the same tube appears earlier in this upload; the first row counts. */
    DUPLICATE_IN_FILE("duplicate-in-file", HttpStatus.UNPROCESSABLE_CONTENT),
    /** Row: the tube already has a different result; results are never overwritten. */
    RESULT_CONFLICT("result-conflict", HttpStatus.CONFLICT),
    /** Row: the tube was never sealed, so its members are not final. */
    TUBE_NOT_SEALED("tube-not-sealed", HttpStatus.UNPROCESSABLE_CONTENT),
    /** Row: the sampling or report time is in the future. */
    DATE_IN_FUTURE("date-in-future", HttpStatus.UNPROCESSABLE_CONTENT),
    /** Row: a FHIR result is not final (for example preliminary). */
    RESULT_NOT_FINAL("result-not-final", HttpStatus.UNPROCESSABLE_CONTENT),
    /** Row: a FHIR result has no specimen and its patient matches no registered resident's identity document. */
    PATIENT_UNKNOWN("patient-unknown", HttpStatus.UNPROCESSABLE_CONTENT),
    /** File: larger than the upload limit. */
    FILE_TOO_LARGE("file-too-large", HttpStatus.CONTENT_TOO_LARGE),
    /** File: neither valid UTF-8 nor valid GB18030, or not valid in the charset the uploader named. */
    UNREADABLE_ENCODING("unreadable-encoding", HttpStatus.UNPROCESSABLE_CONTENT),
    /** File: the CSV header lacks a required column (tube, result, sampled_at, reported_at). */
    HEADER_INVALID("header-invalid", HttpStatus.UNPROCESSABLE_CONTENT),
    /** File: not readable as a FHIR R4 JSON resource, or neither a Bundle nor an Observation. */
    FHIR_UNREADABLE("fhir-unreadable", HttpStatus.UNPROCESSABLE_CONTENT),
    /** Answer, not an error: the upload holds no SARS-CoV-2 nucleic-acid result at all. */
    NOTHING_TO_IMPORT("nothing-to-import", HttpStatus.OK),
    /** The lab key is unknown or revoked. */
    LAB_KEY_INVALID("lab-key-invalid", HttpStatus.UNAUTHORIZED),
    /** The staff account uploading belongs to no laboratory. */
    LAB_UNASSIGNED("lab-unassigned", HttpStatus.FORBIDDEN),
    /** No laboratory has this code. */
    LAB_UNKNOWN("lab-unknown", HttpStatus.NOT_FOUND),
    /** A lab code is not 2-32 upper-case letters, digits or hyphens, or its name is empty. */
    LAB_INVALID("lab-invalid", HttpStatus.BAD_REQUEST),
    /** A lab with this code exists already. */
    LAB_EXISTS("lab-exists", HttpStatus.CONFLICT),
    /** No staff account with the role LAB has this username. */
    LAB_MEMBER_INVALID("lab-member-invalid", HttpStatus.BAD_REQUEST);

    private final String code;
    private final HttpStatus status;

    LabErrorCode(String code, HttpStatus status) {
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
