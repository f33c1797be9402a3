package org.healthcode.identity;

import org.healthcode.common.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * Why an identity document or phone number was refused.
 *
 * <p>The rule for the status: a value that cannot be a document number at all (wrong shape, wrong check character,
 * a calendar date that does not exist) is a bad request, 400. A well-formed value that contradicts what the server
 * knows (a birth date after today, a region or country that does not exist) is unprocessable content, 422.
 */
public enum IdentityErrorCode implements ErrorCode {
    DOCUMENT_TYPE_UNKNOWN("document-type-unknown", HttpStatus.BAD_REQUEST),
    ID_NUMBER_FORMAT("id-number-format", HttpStatus.BAD_REQUEST),
    ID_NUMBER_CHECK_CHARACTER("id-number-check-character", HttpStatus.BAD_REQUEST),
    ID_NUMBER_BIRTH_DATE("id-number-birth-date", HttpStatus.BAD_REQUEST),
    ID_NUMBER_BIRTH_DATE_FUTURE("id-number-birth-date-future", HttpStatus.UNPROCESSABLE_CONTENT),
    ID_NUMBER_REGION_UNKNOWN("id-number-region-unknown", HttpStatus.UNPROCESSABLE_CONTENT),
    PASSPORT_NUMBER_FORMAT("passport-number-format", HttpStatus.BAD_REQUEST),
    PASSPORT_COUNTRY_UNKNOWN("passport-country-unknown", HttpStatus.UNPROCESSABLE_CONTENT),
    HK_MACAU_PERMIT_FORMAT("hk-macau-permit-format", HttpStatus.BAD_REQUEST),
    TAIWAN_PERMIT_FORMAT("taiwan-permit-format", HttpStatus.BAD_REQUEST),
    PHONE_FORMAT("phone-format", HttpStatus.BAD_REQUEST);

    private final String code;
    private final HttpStatus status;

    IdentityErrorCode(String code, HttpStatus status) {
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
