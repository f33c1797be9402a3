package org.healthcode.codes;

import java.util.Optional;

/**
 * The "negative within" bucket a checkpoint asks about ("48-hour negative test"): the smallest bucket that contains
 * the holder's latest negative sampling. The wire value is the number of hours (claim key 10).
 */
public enum NegativeWithin {
    /** A negative sample taken within the last 24 hours. */
    HOURS_24(24),
    /** A negative sample taken within the last 48 hours. */
    HOURS_48(48),
    /** A negative sample taken within the last 72 hours. */
    HOURS_72(72);

    private final int hours;

    NegativeWithin(int hours) {
        this.hours = hours;
    }

    /** The bucket size in hours, which is also its wire value. */
    public int hours() {
        return hours;
    }

    /** The bucket of exactly this many hours, or empty if there is none. */
    public static Optional<NegativeWithin> fromHours(long hours) {
        for (NegativeWithin bucket : values()) {
            if (bucket.hours == hours) {
                return Optional.of(bucket);
            }
        }
        return Optional.empty();
    }
}
