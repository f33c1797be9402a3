package org.healthcode.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.healthcode.status.Colour;
import org.healthcode.status.StatusReason;

/** An invalid result means a re-test: {@code colour} (yellow by default) until a valid result sampled later. */
record InvalidResultPolicy(String name, Colour colour) implements ColourPolicy {

    static InvalidResultPolicy from(String name, PolicyParameters parameters) {
        return new InvalidResultPolicy(
                name, parameters.colour("colour", Colour.YELLOW, Set.of(Colour.YELLOW, Colour.RED)));
    }

    @Override
    public Optional<Finding> apply(FactTrail trail) {
        Optional<LabResult> invalid =
                trail.results().stream().filter(result -> !result.valid()).reduce((earlier, later) -> later);
        if (invalid.isEmpty()) {
            return Optional.empty();
        }
        boolean retested = trail.results().stream()
                .anyMatch(result ->
                        result.valid() && result.sampledAfter(invalid.get().sampledAt()));
        if (retested) {
            return Optional.empty();
        }

        StatusReason reason = StatusReason.of("invalid-result", "retest");
        return Optional.of(new Finding(
                name, colour, reason, Optional.empty(), List.of(invalid.get().factId())));
    }
}
