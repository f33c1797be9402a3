package org.healthcode.venues;

import java.util.Optional;
import org.healthcode.status.Colour;
import org.healthcode.status.HealthStatus;

/**
 * What a venue category asks at the door: a green code always, and optionally a negative test sampled within some
 * hours (as the colour engine computes it in {@code status.TestRecency}).
 *
 * @param negativeTestWithinHours 24, 48 or 72; empty when a green code is enough
 * @param estimatedStayMinutes the expected length of a visit, stored with each check-in; empty if unknown
 */
public record EntryPolicy(Optional<Integer> negativeTestWithinHours, Optional<Integer> estimatedStayMinutes) {

    /** Reason: green, and no test asked. */
    public static final String GREEN = "green";
    /** Reason: green with a negative test recent enough. */
    public static final String GREEN_AND_TESTED = "green-and-negative-test";
    /** Reason: the person has no colour yet (no audited declaration). */
    public static final String NO_COLOUR = "no-colour";
    /** Reason: yellow or red. */
    public static final String NOT_GREEN = "colour-not-green";
    /** Reason: green, but the category asks for a more recent negative test. */
    public static final String TEST_REQUIRED = "negative-test-required";

    /** Green only. */
    public static final EntryPolicy GREEN_ONLY = new EntryPolicy(Optional.empty(), Optional.empty());

    /** The answer for a person with this status now. */
    public EntryDecision decide(HealthStatus status) {
        if (status.colour().isEmpty()) {
            return EntryDecision.deny(NO_COLOUR);
        }
        if (status.colour().get() != Colour.GREEN) {
            return EntryDecision.deny(NOT_GREEN);
        }
        if (negativeTestWithinHours.isEmpty()) {
            return EntryDecision.allow(GREEN);
        }

        boolean recentEnough = status.recency()
                .negativeWithinHours()
                .filter(hours -> hours <= negativeTestWithinHours.get())
                .isPresent();
        return recentEnough ? EntryDecision.allow(GREEN_AND_TESTED) : EntryDecision.deny(TEST_REQUIRED);
    }
}
