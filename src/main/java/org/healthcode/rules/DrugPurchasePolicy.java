package org.healthcode.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.healthcode.facts.Fact;
import org.healthcode.facts.FactKind;
import org.healthcode.status.Colour;
import org.healthcode.status.StatusReason;

/**
 * Buying a medicine of one of {@code drugClasses} asks for a test: a negative test sampled within {@code window} after
 * the purchase keeps the code green; once the window passes without one, the code is {@code colour} (yellow by
 * default) until a negative test sampled after the purchase is known. The earliest purchase not yet followed by a
 * negative sample decides.
 */
record DrugPurchasePolicy(String name, Set<DrugClass> drugClasses, Duration window, Colour colour)
        implements ColourPolicy {

    static DrugPurchasePolicy from(String name, PolicyParameters parameters) {
        return new DrugPurchasePolicy(
                name,
                parameters.values("drugClasses", DrugClass.class, EnumSet.allOf(DrugClass.class)),
                parameters.duration("window", Duration.ofHours(72)),
                parameters.colour("colour", Colour.YELLOW, Set.of(Colour.YELLOW, Colour.RED)));
    }

    @Override
    public Optional<Finding> apply(FactTrail trail) {
        Optional<Fact> untested = trail.all(FactKind.DRUG_PURCHASED).stream()
                .filter(fact -> fact.text("drugClass").filter(this::watched).isPresent())
                .filter(purchase -> !testedAfter(trail, FactTrail.instant(purchase, "purchasedAt")))
                .min((one, other) ->
                        FactTrail.instant(one, "purchasedAt").compareTo(FactTrail.instant(other, "purchasedAt")));
        if (untested.isEmpty()) {
            return Optional.empty();
        }

        Instant deadline = FactTrail.instant(untested.get(), "purchasedAt").plus(window);
        List<Long> factIds = List.of(untested.get().id());
        if (trail.at().isBefore(deadline)) {
            StatusReason reason =
                    StatusReason.of("drug-purchase", "test-before").with("byAt", deadline);
            return Optional.of(new Finding(name, Colour.GREEN, reason, Optional.of(deadline), factIds));
        }
        StatusReason reason = StatusReason.of("drug-purchase-untested", "take-test");
        return Optional.of(new Finding(name, colour, reason, Optional.empty(), factIds));
    }

    private boolean watched(String drugClass) {
        return drugClasses.stream().anyMatch(watched -> watched.name().equals(drugClass));
    }

    private static boolean testedAfter(FactTrail trail, Instant purchasedAt) {
        return trail.results().stream().anyMatch(result -> result.negative() && result.sampledFrom(purchasedAt));
    }
}
