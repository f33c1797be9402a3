package org.healthcode.rules;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One recorded change of a person's derived colour. {@code NONE} stands for "no code".
 *
 * @param ruleSetId the rule set that caused it: a region code, or {@code declaration-checks} for the declaration audit
 * @param policy the policy (or policies, comma-separated) that caused it
 * @param factIds the facts the change rests on
 */
public record ColourChange(
        UUID residentId,
        Instant changedAt,
        String fromColour,
        String toColour,
        String ruleSetId,
        int ruleSetVersion,
        String policy,
        List<Long> factIds) {}
