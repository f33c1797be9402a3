package org.healthcode.codes;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * What a checkpoint may learn about the holder's testing: when the last sample was taken, its result, and whether a
 * negative sample falls within 24, 48 or 72 hours. Each part may be absent. Times are kept to whole seconds, as on the
 * wire.
 */
public record TestRecency(
        Optional<Instant> lastSampledAt, Optional<TestResult> lastResult, Optional<NegativeWithin> negativeWithin) {

    /** Nothing known about testing. */
    public static final TestRecency NONE = new TestRecency(Optional.empty(), Optional.empty(), Optional.empty());

    /** Checks that a result never appears without its sampling time and truncates the time to seconds. */
    public TestRecency {
        Objects.requireNonNull(lastSampledAt, "lastSampledAt");
        Objects.requireNonNull(lastResult, "lastResult");
        Objects.requireNonNull(negativeWithin, "negativeWithin");
        if (lastResult.isPresent() && lastSampledAt.isEmpty()) {
            throw new IllegalArgumentException("A test result needs the time its sample was taken");
        }
        lastSampledAt = lastSampledAt.map(at -> at.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A sample taken at this time with this result, and the negative bucket it falls into if any. */
    public static TestRecency sampled(Instant sampledAt, TestResult result, NegativeWithin negativeWithin) {
        return new TestRecency(Optional.of(sampledAt), Optional.of(result), Optional.ofNullable(negativeWithin));
    }
}
