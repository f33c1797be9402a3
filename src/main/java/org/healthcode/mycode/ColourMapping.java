package org.healthcode.mycode;

import java.time.temporal.ChronoUnit;
import org.healthcode.codes.Colour;
import org.healthcode.codes.NegativeWithin;
import org.healthcode.codes.TestRecency;
import org.healthcode.codes.TestResult;

/**
 * Between a person's status and what a code says about it: the colour (the two enums name the same three colours) and
 * the test recency.
 */
public final class ColourMapping {

    private ColourMapping() {}

    /** The code colour of a status colour. */
    public static Colour toCode(org.healthcode.status.Colour colour) {
        return switch (colour) {
            case GREEN -> Colour.GREEN;
            case YELLOW -> Colour.YELLOW;
            case RED -> Colour.RED;
        };
    }

    /** The code's test-recency claims from the status's test recency. */
    public static TestRecency toCode(org.healthcode.status.TestRecency recency) {
        return new TestRecency(
                recency.lastSampledAt().map(at -> at.truncatedTo(ChronoUnit.SECONDS)),
                recency.lastResult().map(outcome -> TestResult.valueOf(outcome.name())),
                recency.negativeWithinHours().flatMap(NegativeWithin::fromHours));
    }
}
