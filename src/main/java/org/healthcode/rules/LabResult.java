package org.healthcode.rules;

import java.time.Instant;
import java.util.Optional;
import org.healthcode.facts.Fact;
import org.healthcode.facts.FactKind;
import org.healthcode.status.TestOutcome;

/** A reported test result, read from a {@link FactKind#TEST_RESULT_REPORTED} fact. */
public record LabResult(long factId, TubeKind tube, TestOutcome outcome, Instant sampledAt, Instant reportedAt) {

    /** The result a fact reports; empty for other facts and for a detail that cannot be read. */
    public static Optional<LabResult> of(Fact fact) {
        if (fact.kind() != FactKind.TEST_RESULT_REPORTED) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LabResult(
                    fact.id(),
                    TubeKind.valueOf(fact.text("tubeKind").orElseThrow()),
                    TestOutcome.valueOf(fact.text("result").orElseThrow()),
                    Instant.parse(fact.text("sampledAt").orElseThrow()),
                    fact.text("reportedAt").map(Instant::parse).orElse(fact.recordedAt())));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    public boolean single() {
        return tube == TubeKind.SINGLE;
    }

    public boolean negative() {
        return outcome == TestOutcome.NEGATIVE;
    }

    public boolean positive() {
        return outcome == TestOutcome.POSITIVE;
    }

    public boolean valid() {
        return outcome != TestOutcome.INVALID;
    }

    /** Whether the sample was taken strictly after {@code instant}. */
    public boolean sampledAfter(Instant instant) {
        return sampledAt.isAfter(instant);
    }

    /** Whether the sample was taken at or after {@code instant}. */
    public boolean sampledFrom(Instant instant) {
        return !sampledAt.isBefore(instant);
    }
}
