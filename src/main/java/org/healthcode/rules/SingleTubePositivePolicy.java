package org.healthcode.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.healthcode.status.Colour;
import org.healthcode.status.StatusReason;

/**
 * A positive single-tube test turns the code red until enough follow-up single-tube tests, sampled after it and at
 * least {@code minimumGap} apart, are negative. A later positive starts the count again.
 */
record SingleTubePositivePolicy(String name, int negativesRequired, Duration minimumGap) implements ColourPolicy {

    static SingleTubePositivePolicy from(String name, PolicyParameters parameters) {
        return new SingleTubePositivePolicy(
                name,
                parameters.count("negativesRequired", 2, 1, 10),
                parameters.duration("minimumGap", Duration.ofHours(24)));
    }

    @Override
    public Optional<Finding> apply(FactTrail trail) {
        Optional<LabResult> positive = trail.results().stream()
                .filter(result -> result.single() && result.positive())
                .reduce((earlier, later) -> later);
        if (positive.isEmpty()) {
            return Optional.empty();
        }

        List<LabResult> counted = countedNegatives(trail, positive.get());
        if (counted.size() >= negativesRequired) {
            return Optional.empty();
        }
        Instant nextFrom = counted.isEmpty()
                ? trail.at()
                : later(trail.at(), counted.get(counted.size() - 1).sampledAt().plus(minimumGap));
        StatusReason reason = StatusReason.of("single-tube-positive", "negative-single-tube-tests")
                .with("remaining", negativesRequired - counted.size())
                .with("gapHours", minimumGap.toHours())
                .with("nextFromAt", nextFrom);
        List<Long> factIds = new ArrayList<>(List.of(positive.get().factId()));
        counted.forEach(result -> factIds.add(result.factId()));
        return Optional.of(new Finding(name, Colour.RED, reason, Optional.empty(), factIds));
    }

    private List<LabResult> countedNegatives(FactTrail trail, LabResult positive) {
        List<LabResult> counted = new ArrayList<>();
        Instant earliest = positive.sampledAt();
        for (LabResult result : trail.results()) {
            if (result.single() && result.negative() && result.sampledAfter(earliest)) {
                counted.add(result);
                earliest = result.sampledAt().plus(minimumGap).minusNanos(1);
            }
        }
        return counted;
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }
}
