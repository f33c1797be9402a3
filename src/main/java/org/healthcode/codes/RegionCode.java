package org.healthcode.codes;

/**
 * A six-digit administrative division code of the issuing region, for example {@code 310000} for Shanghai. Real
 * division codes never start with 0, which lets the payload carry the code as an unsigned integer.
 */
public record RegionCode(String value) {

    /** Validates the six digits. */
    public RegionCode {
        if (value == null || !value.matches("[1-9][0-9]{5}")) {
            throw new IllegalArgumentException("A region code is six digits not starting with 0");
        }
    }

    /** The region code written as these six digits. */
    public static RegionCode of(String value) {
        return new RegionCode(value);
    }

    /** The region code carried as a number on the wire, or an exception if the number is out of range. */
    public static RegionCode fromWire(long wire) {
        if (wire < 100_000 || wire > 999_999) {
            throw new IllegalArgumentException("A region code is six digits not starting with 0");
        }
        return new RegionCode(Long.toString(wire));
    }

    /** The number written in the payload (claim key 1). */
    public int wire() {
        return Integer.parseInt(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
