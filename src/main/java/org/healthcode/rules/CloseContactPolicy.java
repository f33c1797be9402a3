package org.healthcode.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.healthcode.facts.Fact;
import org.healthcode.facts.FactKind;
import org.healthcode.status.Colour;
import org.healthcode.status.StatusReason;

/**
 * A close contact is red until the quarantine, counted from the last exposure, has ended and a test sampled at or
 * after its end is negative.
 */
record CloseContactPolicy(String name, Duration quarantine) implements ColourPolicy {

    static CloseContactPolicy from(String name, PolicyParameters parameters) {
        return new CloseContactPolicy(name, parameters.duration("quarantine", Duration.ofDays(14)));
    }

    @Override
    public Optional<Finding> apply(FactTrail trail) {
        Optional<Fact> contact = trail.latest(FactKind.CLOSE_CONTACT_IDENTIFIED);
        if (contact.isEmpty()) {
            return Optional.empty();
        }

        Instant quarantineEnds = FactTrail.instant(contact.get(), "exposedAt").plus(quarantine);
        if (trail.at().isBefore(quarantineEnds)) {
            StatusReason reason =
                    StatusReason.of("close-contact", "quarantine-until").with("untilAt", quarantineEnds);
            return Optional.of(new Finding(
                    name,
                    Colour.RED,
                    reason,
                    Optional.of(quarantineEnds),
                    List.of(contact.get().id())));
        }
        Optional<LabResult> release = trail.results().stream()
                .filter(result -> result.negative() && result.sampledFrom(quarantineEnds))
                .findFirst();
        if (release.isPresent()) {
            return Optional.empty();
        }
        StatusReason reason =
                StatusReason.of("close-contact", "test-after-quarantine").with("fromAt", quarantineEnds);
        return Optional.of(new Finding(
                name,
                Colour.RED,
                reason,
                Optional.empty(),
                List.of(contact.get().id())));
    }
}
