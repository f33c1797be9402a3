package org.healthcode.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.healthcode.facts.Fact;
import org.healthcode.facts.FactKind;
import org.healthcode.status.Colour;
import org.healthcode.status.StatusReason;

/** A confirmed case is red until discharge plus {@code observationAfterDischarge}. */
record ConfirmedCasePolicy(String name, Duration observationAfterDischarge) implements ColourPolicy {

    static ConfirmedCasePolicy from(String name, PolicyParameters parameters) {
        return new ConfirmedCasePolicy(name, parameters.duration("observationAfterDischarge", Duration.ofDays(14)));
    }

    @Override
    public Optional<Finding> apply(FactTrail trail) {
        Optional<Fact> confirmed = trail.latest(FactKind.CASE_CONFIRMED);
        if (confirmed.isEmpty()) {
            return Optional.empty();
        }
        Optional<Fact> discharged = trail.latest(FactKind.CASE_DISCHARGED)
                .filter(discharge -> discharge.id() > confirmed.get().id());
        if (discharged.isEmpty()) {
            StatusReason reason = StatusReason.of("confirmed-case", "follow-medical-care");
            return Optional.of(new Finding(
                    name,
                    Colour.RED,
                    reason,
                    Optional.empty(),
                    List.of(confirmed.get().id())));
        }

        Instant observedUntil =
                FactTrail.instant(discharged.get(), "dischargedAt").plus(observationAfterDischarge);
        if (!trail.at().isBefore(observedUntil)) {
            return Optional.empty();
        }
        StatusReason reason =
                StatusReason.of("discharged-under-observation", "wait-until").with("untilAt", observedUntil);
        return Optional.of(new Finding(
                name,
                Colour.RED,
                reason,
                Optional.of(observedUntil),
                List.of(confirmed.get().id(), discharged.get().id())));
    }
}
