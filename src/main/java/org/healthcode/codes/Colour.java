package org.healthcode.codes;

import java.util.Optional;

/** The colour a screen code shows; each value carries its one-byte wire number (claim key 4). */
public enum Colour {
    /** No restriction. */
    GREEN(1),
    /** Restricted movement pending a test. */
    YELLOW(2),
    /** Isolation or a positive result. */
    RED(3);

    private final int wire;

    Colour(int wire) {
        this.wire = wire;
    }

    /** The number written in the payload. */
    public int wire() {
        return wire;
    }

    /** The colour with this wire number, or empty if there is none. */
    public static Optional<Colour> fromWire(long wire) {
        for (Colour colour : values()) {
            if (colour.wire == wire) {
                return Optional.of(colour);
            }
        }
        return Optional.empty();
    }
}
