package org.healthcode.status;

/** The colour of a health code, from least to most restricted. */
public enum Colour {
    /** Pass. */
    GREEN,
    /** Restricted until stated conditions are met. */
    YELLOW,
    /** Isolation or medical follow-up. */
    RED;

    /** The more restrictive of two colours. */
    public Colour worse(Colour other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
