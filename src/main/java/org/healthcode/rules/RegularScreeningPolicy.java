package org.healthcode.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.healthcode.status.Colour;
import org.healthcode.status.StatusReason;

/**
 * Regular screening: without a negative test within {@code interval} the code is {@code colour} (yellow by default);
 * a negative result restores green. The age of a test is counted from sampling or from the report as the rule set
 * says. Someone never tested is counted from their first fact or the rule set's start, whichever is later.
 */
record RegularScreeningPolicy(String name, Duration interval, Colour colour) implements ColourPolicy {

    static RegularScreeningPolicy from(String name, PolicyParameters parameters) {
        return new RegularScreeningPolicy(
                name,
                parameters.duration("interval", Duration.ofDays(7)),
                parameters.colour("colour", Colour.YELLOW, Set.of(Colour.YELLOW, Colour.RED)));
    }

    @Override
    public Optional<Finding> apply(FactTrail trail) {
        Optional<LabResult> lastNegative = trail.results().stream()
                .filter(LabResult::negative)
                .max((one, other) -> trail.countedFrom(one).compareTo(trail.countedFrom(other)));
        Optional<Instant> since = lastNegative.map(trail::countedFrom).or(() -> firstSeen(trail));
        if (since.isEmpty()) {
            return Optional.empty();
        }

        Instant due = since.get().plus(interval);
        List<Long> factIds =
                lastNegative.map(result -> List.of(result.factId())).orElse(List.of());
        if (trail.at().isBefore(due)) {
            StatusReason reason =
                    StatusReason.of("screening-due", "test-before").with("byAt", due);
            return Optional.of(new Finding(name, Colour.GREEN, reason, Optional.of(due), factIds));
        }
        StatusReason reason = StatusReason.of("screening-overdue", "take-test").with("days", interval.toDays());
        return Optional.of(new Finding(name, colour, reason, Optional.empty(), factIds));
    }

    private static Optional<Instant> firstSeen(FactTrail trail) {
        return trail.facts().stream()
                .findFirst()
                .map(first -> first.recordedAt().isAfter(trail.ruleSetEffectiveFrom())
                        ? first.recordedAt()
                        : trail.ruleSetEffectiveFrom());
    }
}
