package org.healthcode.codes.format;

/**
 * The integer keys of the claims map. Small integers keep the payload compact: each key and small value is one CBOR
 * byte. Documented byte by byte in {@code docs/code-format.md}.
 */
public enum ClaimKey {
    /** The issuing region's six-digit division code as an unsigned integer. Required. */
    REGION(1),
    /** The pseudonymous subject token, a byte string of 8 to 32 bytes. Required. */
    SUBJECT(2),
    /** The kind of code: 1 screen, 2 card. Required. */
    KIND(3),
    /** The colour: 1 green, 2 yellow, 3 red. Required on screen codes, absent on card codes. */
    COLOUR(4),
    /** The card serial, a positive integer. Required on card codes, absent on screen codes. */
    CARD_SERIAL(5),
    /** Issued at, epoch seconds. Required. */
    ISSUED_AT(6),
    /** Expires at, epoch seconds. Required. */
    EXPIRES_AT(7),
    /** When the last test sample was taken, epoch seconds. Optional. */
    LAST_SAMPLED_AT(8),
    /** The last test result: 1 negative, 2 positive, 3 invalid. Optional; needs key 8. */
    LAST_RESULT(9),
    /** The "negative within" bucket in hours: 24, 48 or 72. Optional. */
    NEGATIVE_WITHIN(10);

    private final int key;

    ClaimKey(int key) {
        this.key = key;
    }

    /** The integer written as the map key. */
    public int key() {
        return key;
    }
}
