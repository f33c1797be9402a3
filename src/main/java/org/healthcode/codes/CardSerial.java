package org.healthcode.codes;

/** The serial number of a printed card code, the handle by which a lost or withdrawn card is revoked online. */
public record CardSerial(long value) {

    /** Validates that the serial is positive. */
    public CardSerial {
        if (value <= 0) {
            throw new IllegalArgumentException("A card serial is a positive number");
        }
    }

    /** The card serial with this number. */
    public static CardSerial of(long value) {
        return new CardSerial(value);
    }
}
