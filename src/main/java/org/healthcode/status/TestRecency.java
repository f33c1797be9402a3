package org.healthcode.status;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a code may say about the holder's testing: the latest sampling, its result, and the smallest of the 24, 48 or
 * 72-hour windows that holds the latest negative test, counted from sampling or from the report as the region's rule
 * set says.
 *
 * @param lastSampledAt when the latest reported sample was taken
 * @param lastResult that sample's result
 * @param negativeWithinHours 24, 48 or 72; empty when the latest negative is older than 72 hours or there is none
 */
public record TestRecency(
        Optional<Instant> lastSampledAt, Optional<TestOutcome> lastResult, Optional<Integer> negativeWithinHours) {

    /** Nothing known about testing. */
    public static final TestRecency NONE = new TestRecency(Optional.empty(), Optional.empty(), Optional.empty());

    public TestRecency {
        Objects.requireNonNull(lastSampledAt, "lastSampledAt");
        Objects.requireNonNull(lastResult, "lastResult");
        Objects.requireNonNull(negativeWithinHours, "negativeWithinHours");
    }
}
