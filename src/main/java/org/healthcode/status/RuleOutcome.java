package org.healthcode.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the region's colour rules say about a person at one instant, beyond the declaration audit.
 *
 * @param colour the most restrictive colour any rule derives (green when none restricts)
 * @param reasons the reasons of every rule that restricts, each with its next step
 * @param recency the person's test recency as the rule set counts it
 * @param nextTransition the earliest instant at which time alone may change the outcome
 */
public record RuleOutcome(
        Colour colour, List<StatusReason> reasons, TestRecency recency, Optional<Instant> nextTransition) {

    /** No rule restricts, nothing known about testing, nothing due. */
    public static final RuleOutcome NONE = new RuleOutcome(Colour.GREEN, List.of(), TestRecency.NONE, Optional.empty());
}
