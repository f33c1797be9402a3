package org.healthcode.common;

import io.github.bucket4j.TimeMeter;
import java.time.Clock;

/**
 * Lets Bucket4j rate limits read time from the application's {@link Clock}, so that tests move time instead of
 * sleeping.
 */
public record ClockTimeMeter(Clock clock) implements TimeMeter {

    @Override
    public long currentTimeNanos() {
        return clock.millis() * 1_000_000L;
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
