package org.healthcode.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A clock that tests move forward instead of sleeping. Starts at the real time when created, cut to whole
 * microseconds: PostgreSQL stores timestamps in microseconds and rounds, so a finer start could store a fact up to
 * half a microsecond after the clock's "now", and the status evaluator would then ignore it as a future fact.
 */
public final class MutableClock extends Clock {

    private volatile Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
