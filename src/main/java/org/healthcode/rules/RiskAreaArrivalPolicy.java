package org.healthcode.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.healthcode.facts.Fact;
import org.healthcode.facts.FactKind;
import org.healthcode.status.Colour;
import org.healthcode.status.StatusReason;

/**
 * An arrival from a risk area of one of {@code levels} is {@code colour} (yellow by default) until
 * {@code negativesRequired} negative tests, sampled since arrival on as many distinct local days, are known.
 */
record RiskAreaArrivalPolicy(String name, Set<RiskLevel> levels, int negativesRequired, Colour colour)
        implements ColourPolicy {

    static RiskAreaArrivalPolicy from(String name, PolicyParameters parameters) {
        return new RiskAreaArrivalPolicy(
                name,
                parameters.values("levels", RiskLevel.class, EnumSet.allOf(RiskLevel.class)),
                parameters.count("negativesRequired", 3, 1, 14),
                parameters.colour("colour", Colour.YELLOW, Set.of(Colour.YELLOW, Colour.RED)));
    }

    @Override
    public Optional<Finding> apply(FactTrail trail) {
        Optional<Fact> arrival = trail.all(FactKind.RISK_AREA_ARRIVAL).stream()
                .filter(fact -> fact.text("level").filter(this::watched).isPresent())
                .reduce((earlier, later) -> later);
        if (arrival.isEmpty()) {
            return Optional.empty();
        }

        Map<LocalDate, LabResult> negativeDays = negativeDaysSince(trail, arrival.get());
        if (negativeDays.size() >= negativesRequired) {
            return Optional.empty();
        }
        int remaining = negativesRequired - negativeDays.size();
        LocalDate today = LocalDate.ofInstant(trail.at(), trail.zone());
        LocalDate firstDay = negativeDays.containsKey(today) ? today.plusDays(1) : today;
        LocalDate lastDay = firstDay.plusDays(remaining - 1L);
        StatusReason reason = StatusReason.of("risk-area-arrival", "daily-negative-tests")
                .with("remaining", remaining)
                .with("by", lastDay.atTime(23, 59).atZone(trail.zone()).toInstant());
        List<Long> factIds = new ArrayList<>(List.of(arrival.get().id()));
        negativeDays.values().forEach(result -> factIds.add(result.factId()));
        return Optional.of(new Finding(name, colour, reason, Optional.empty(), factIds));
    }

    private boolean watched(String level) {
        return levels.stream().anyMatch(watched -> watched.name().equals(level));
    }

    private static Map<LocalDate, LabResult> negativeDaysSince(FactTrail trail, Fact arrival) {
        Map<LocalDate, LabResult> days = new LinkedHashMap<>();
        for (LabResult result : trail.results()) {
            if (result.negative() && result.sampledFrom(FactTrail.instant(arrival, "arrivedAt"))) {
                days.putIfAbsent(LocalDate.ofInstant(result.sampledAt(), trail.zone()), result);
            }
        }
        return days;
    }
}
