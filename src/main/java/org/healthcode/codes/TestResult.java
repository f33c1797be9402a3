package org.healthcode.codes;

import java.util.Optional;

/** The outcome of the holder's most recent test; each value carries its wire number (claim key 9). */
public enum TestResult {
    /** No virus detected. */
    NEGATIVE(1),
    /** Virus detected. */
    POSITIVE(2),
    /** The sample could not be evaluated. */
    INVALID(3);

    private final int wire;

    TestResult(int wire) {
        this.wire = wire;
    }

    /** The number written in the payload. */
    public int wire() {
        return wire;
    }

    /** The result with this wire number, or empty if there is none. */
    public static Optional<TestResult> fromWire(long wire) {
        for (TestResult result : values()) {
            if (result.wire == wire) {
                return Optional.of(result);
            }
        }
        return Optional.empty();
    }
}
