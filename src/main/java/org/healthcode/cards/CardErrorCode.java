package org.healthcode.cards;

import org.healthcode.common.ErrorCode;
import org.springframework.http.HttpStatus;

/** Why a request about a printable card was refused. */
public enum CardErrorCode implements ErrorCode {
    /** The person has no card in use, so there is nothing to show or revoke. */
    NO_CARD("no-card", HttpStatus.NOT_FOUND),
    /** Another request issued a card for the same person at the same moment; trying again succeeds. */
    CARD_BEING_ISSUED("card-being-issued", HttpStatus.CONFLICT);

    private final String code;
    private final HttpStatus status;

    CardErrorCode(String code, HttpStatus status) {
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
