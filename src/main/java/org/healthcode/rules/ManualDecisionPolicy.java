package org.healthcode.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.healthcode.facts.Fact;
import org.healthcode.facts.FactKind;
import org.healthcode.status.Colour;
import org.healthcode.status.StatusReason;

/**
 * Manual decisions by auditors: a yellow request takes effect at once, a red one only once a different person
 * approved it; a lifted request has no effect. The most restrictive decision in effect decides.
 */
record ManualDecisionPolicy(String name) implements ColourPolicy {

    static ManualDecisionPolicy from(String name, PolicyParameters parameters) {
        return new ManualDecisionPolicy(name);
    }

    @Override
    public Optional<Finding> apply(FactTrail trail) {
        return trail.all(FactKind.MANUAL_DECISION_REQUESTED).stream()
                .flatMap(request -> inEffect(trail, request).stream())
                .max(Comparator.comparing(Finding::colour));
    }

    private Optional<Finding> inEffect(FactTrail trail, Fact request) {
        String id = request.text("request").orElse("");
        Optional<Colour> colour = request.text("colour").flatMap(ManualDecisionPolicy::restrictive);
        if (colour.isEmpty() || lifted(trail, id)) {
            return Optional.empty();
        }
        Optional<Fact> approval = approval(trail, request, id);
        if (colour.get() == Colour.RED && approval.isEmpty()) {
            return Optional.empty();
        }

        List<Long> factIds = new ArrayList<>(List.of(request.id()));
        approval.ifPresent(approved -> factIds.add(approved.id()));
        StatusReason reason = StatusReason.of("manual-decision", "contact-community")
                .with("category", request.text("category").orElse("other"));
        return Optional.of(new Finding(name, colour.get(), reason, Optional.empty(), factIds));
    }

    private static boolean lifted(FactTrail trail, String id) {
        return trail.all(FactKind.MANUAL_DECISION_LIFTED).stream()
                .anyMatch(lift -> lift.text("request").filter(id::equals).isPresent());
    }

    /** An approval of this request by someone other than its requester. */
    static Optional<Fact> approval(FactTrail trail, Fact request, String id) {
        return trail.all(FactKind.MANUAL_DECISION_APPROVED).stream()
                .filter(approved -> approved.text("request").filter(id::equals).isPresent())
                .filter(approved -> !approved.recordedBy().equals(request.recordedBy()))
                .findFirst();
    }

    private static Optional<Colour> restrictive(String colour) {
        if (colour.equals(Colour.YELLOW.name()) || colour.equals(Colour.RED.name())) {
            return Optional.of(Colour.valueOf(colour));
        }
        return Optional.empty();
    }
}
