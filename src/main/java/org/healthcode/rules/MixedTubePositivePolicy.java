package org.healthcode.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.healthcode.status.Colour;
import org.healthcode.status.StatusReason;

/**
 * A positive mixed (pooled) tube puts every member in "pending review" ({@code colour}, yellow by default) until a
 * valid single-tube result sampled after the pooled sample arrives: negative restores green, positive hands over to
 * the single-tube policy.
 */
record MixedTubePositivePolicy(String name, Colour colour) implements ColourPolicy {

    static MixedTubePositivePolicy from(String name, PolicyParameters parameters) {
        return new MixedTubePositivePolicy(
                name, parameters.colour("colour", Colour.YELLOW, Set.of(Colour.YELLOW, Colour.RED)));
    }

    @Override
    public Optional<Finding> apply(FactTrail trail) {
        Optional<LabResult> pooled = trail.results().stream()
                .filter(result -> !result.single() && result.positive())
                .reduce((earlier, later) -> later);
        if (pooled.isEmpty()) {
            return Optional.empty();
        }
        boolean reviewed = trail.results().stream()
                .anyMatch(result -> result.single()
                        && result.valid()
                        && result.sampledAfter(pooled.get().sampledAt()));
        if (reviewed) {
            return Optional.empty();
        }

        StatusReason reason = StatusReason.of("mixed-tube-positive", "take-single-tube-test");
        return Optional.of(new Finding(
                name, colour, reason, Optional.empty(), List.of(pooled.get().factId())));
    }
}
