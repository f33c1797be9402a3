package org.healthcode.rules;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.healthcode.status.Colour;
import org.healthcode.status.RuleOutcome;
import org.healthcode.status.StatusReason;
import org.healthcode.status.TestRecency;

/**
 * What a rule set concludes about a person at one instant: every policy's finding and the test recency.
 *
 * @param ruleSet the rule set in force; empty before the region's first rule set took effect
 */
public record Assessment(Optional<RuleSet> ruleSet, List<Finding> findings, TestRecency recency) {

    public Assessment {
        findings = List.copyOf(findings);
    }

    /** The most restrictive colour of any finding; green when none restricts. */
    public Colour colour() {
        return findings.stream()
                .map(Finding::colour)
                .max(Comparator.naturalOrder())
                .orElse(Colour.GREEN);
    }

    /** The findings that set the colour: all those of the most restrictive colour, when it is not green. */
    public List<Finding> causes() {
        Colour colour = colour();
        return findings.stream()
                .filter(finding -> finding.restricts() && finding.colour() == colour)
                .toList();
    }

    /** The earliest instant at which time alone may change a finding. */
    public Optional<Instant> nextTransition() {
        return findings.stream()
                .flatMap(finding -> finding.nextTransition().stream())
                .min(Comparator.naturalOrder());
    }

    /** The outcome as the status façade sees it. */
    public RuleOutcome outcome() {
        List<StatusReason> reasons = findings.stream()
                .filter(Finding::restricts)
                .map(Finding::reason)
                .toList();
        return new RuleOutcome(colour(), reasons, recency, nextTransition());
    }
}
