package org.healthcode.appeals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.healthcode.facts.Fact;
import org.healthcode.facts.FactKind;

/**
 * What an upheld appeal may lift, read from a person's facts: the restrictions that rest on a person's judgement
 * rather than on a measurement. These are the manual decisions not yet lifted (in effect, or red and awaiting
 * approval) and the restriction in force from a declaration review. Laboratory results, confirmed cases, close
 * contacts, risk-area arrivals, drug purchases and overdue screening are never lifted by an appeal: they are
 * corrected at their source.
 *
 * @param manualDecisions the request ids of the manual decisions to lift
 * @param reviewRestriction the review restriction in force, if any
 * @param imposedBy who recorded the facts these restrictions rest on ({@code staff:<username>})
 */
record Relief(List<String> manualDecisions, Optional<Fact> reviewRestriction, Set<String> imposedBy) {

    static Relief from(List<Fact> personFacts) {
        List<String> decisions = new ArrayList<>();
        Set<String> imposedBy = new HashSet<>();
        for (Fact request : ofKind(personFacts, FactKind.MANUAL_DECISION_REQUESTED)) {
            String id = request.text("request").orElse("");
            if (!mentions(personFacts, FactKind.MANUAL_DECISION_LIFTED, id)) {
                decisions.add(id);
                imposedBy.add(request.recordedBy());
                approvers(personFacts, id).forEach(imposedBy::add);
            }
        }
        Optional<Fact> restriction = reviewRestriction(personFacts);
        restriction.ifPresent(fact -> imposedBy.add(fact.recordedBy()));
        return new Relief(List.copyOf(decisions), restriction, Set.copyOf(imposedBy));
    }

    /** Whether there is anything to lift. */
    boolean empty() {
        return manualDecisions.isEmpty() && reviewRestriction.isEmpty();
    }

    private static Optional<Fact> reviewRestriction(List<Fact> personFacts) {
        Fact inForce = null;
        for (Fact fact : personFacts) {
            if (fact.kind() == FactKind.REVIEW_RESTRICTED) {
                inForce = fact;
            } else if (fact.kind() == FactKind.REVIEW_APPROVED || fact.kind() == FactKind.REVIEW_RESTRICTION_LIFTED) {
                inForce = null;
            }
        }
        return Optional.ofNullable(inForce);
    }

    private static List<String> approvers(List<Fact> personFacts, String requestId) {
        return ofKind(personFacts, FactKind.MANUAL_DECISION_APPROVED).stream()
                .filter(approval ->
                        approval.text("request").filter(requestId::equals).isPresent())
                .map(Fact::recordedBy)
                .toList();
    }

    private static boolean mentions(List<Fact> personFacts, FactKind kind, String requestId) {
        return ofKind(personFacts, kind).stream()
                .anyMatch(fact -> fact.text("request").filter(requestId::equals).isPresent());
    }

    private static List<Fact> ofKind(List<Fact> personFacts, FactKind kind) {
        return personFacts.stream().filter(fact -> fact.kind() == kind).toList();
    }
}
