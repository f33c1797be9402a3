package org.healthcode.venues;

import org.healthcode.common.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * Why a bulk venue import, or one row of it, was refused. Row codes appear in the import's report next to the row
 * number and leave the other rows to be registered; file codes refuse the whole upload, which then changes nothing.
 */
public enum VenueImportErrorCode implements ErrorCode {
    /** Row outcome, not an error: the uploader already registered a venue of this name in this district. */
    UNCHANGED("unchanged", HttpStatus.OK),
    /** Row: the district is neither a known six-digit county-level code nor the name of one. */
    DISTRICT_UNKNOWN("district-unknown", HttpStatus.UNPROCESSABLE_CONTENT),
    /** Row: the district name fits several districts; give its code or its full name instead. */
    DISTRICT_AMBIGUOUS("district-ambiguous", HttpStatus.UNPROCESSABLE_CONTENT),
    /** Row: the code names a province or a city; venues are registered in a county-level district. */
    DISTRICT_NOT_COUNTY("district-not-county", HttpStatus.UNPROCESSABLE_CONTENT),
    /** Row: the district lies outside the divisions assigned to the uploading district office. */
    DISTRICT_NOT_YOURS("district-not-yours", HttpStatus.FORBIDDEN),
    /** Row: the venue name is empty. */
    NAME_MISSING("venue-name-missing", HttpStatus.UNPROCESSABLE_CONTENT),
    /** Row: the venue name is longer than 200 characters. */
    NAME_TOO_LONG("venue-name-too-long", HttpStatus.UNPROCESSABLE_CONTENT),
    /** Row: the address is empty. */
    ADDRESS_MISSING("venue-address-missing", HttpStatus.UNPROCESSABLE_CONTENT),
    /** Row: the address is longer than 300 characters. */
    ADDRESS_TOO_LONG("venue-address-too-long", HttpStatus.UNPROCESSABLE_CONTENT),
    /** Row: latitude and longitude are not both given as degrees within range, or only one is given. */
    COORDINATES_INVALID("venue-coordinates-invalid", HttpStatus.UNPROCESSABLE_CONTENT),
    /** Row: the capacity is not a whole number above zero. */
    CAPACITY_INVALID("venue-capacity-invalid", HttpStatus.UNPROCESSABLE_CONTENT),
    /** Row: an earlier row of the same file has the same name in the same district; the first row counts. */
    DUPLICATE_IN_FILE("venue-duplicate-in-file", HttpStatus.UNPROCESSABLE_CONTENT),
    /** File: larger than the import limit. */
    FILE_TOO_LARGE("venue-import-too-large", HttpStatus.CONTENT_TOO_LARGE),
    /** File: an old binary Excel .xls workbook, which is not read; save it as .xlsx or CSV. */
    FORMAT_UNKNOWN("venue-import-format-unknown", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    /** File: a CSV file that is neither valid UTF-8 nor valid GB18030, or not valid in the charset named. */
    UNREADABLE_ENCODING("venue-import-encoding", HttpStatus.UNPROCESSABLE_CONTENT),
    /** File: a CSV file that cannot be parsed, or an .xlsx workbook that cannot be opened. */
    UNREADABLE_FILE("venue-import-unreadable", HttpStatus.UNPROCESSABLE_CONTENT),
    /** File: the header row lacks a required column (category, name, district, address). */
    HEADER_INVALID("venue-import-header-invalid", HttpStatus.UNPROCESSABLE_CONTENT),
    /** The account is neither a district office nor an administrator. */
    NOT_ALLOWED("venue-import-not-allowed", HttpStatus.FORBIDDEN),
    /** The district office has no divisions assigned yet; an administrator assigns them. */
    NO_DISTRICTS("venue-import-no-districts", HttpStatus.FORBIDDEN),
    /** The account named is not a district office. */
    OFFICE_INVALID("district-office-invalid", HttpStatus.BAD_REQUEST);

    private final String code;
    private final HttpStatus status;

    VenueImportErrorCode(String code, HttpStatus status) {
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
