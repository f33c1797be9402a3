package org.healthcode.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthcode.facts.Fact;
import org.healthcode.facts.FactKind;
import org.springframework.stereotype.Component;

/**
 * Derives a person's status from their facts. This is the first, deliberately small rule set of the background audit:
 *
 * <ul>
 *   <li>no declaration: no code ({@code not-declared});
 *   <li>the latest declaration is flagged and undecided: no code if no audit was ever completed, otherwise yellow
 *       ({@code declaration-under-review});
 *   <li>an auditor restricted the latest declaration: yellow ({@code review-restricted}, with the category);
 *   <li>otherwise green.
 * </ul>
 *
 * <p>The colour is never stored as a settable field; it is always this function of the recorded facts.
 */
@Component
public class StatusEvaluator {

    /** Evaluates the facts (oldest first) as of {@code at}; facts recorded after {@code at} are ignored. */
    public HealthStatus evaluate(List<Fact> facts, Instant at) {
        DeclarationTrail trail = DeclarationTrail.of(facts, at);
        List<StatusReason> reasons = new ArrayList<>();
        Optional<Colour> colour = trail.everCompleted() ? Optional.of(Colour.GREEN) : Optional.empty();

        switch (trail.latestState()) {
            case NOT_DECLARED -> reasons.add(StatusReason.of("not-declared", "submit-declaration"));
            case UNDER_REVIEW -> {
                reasons.add(StatusReason.of("declaration-under-review", "wait-for-review"));
                colour = colour.map(Colour.YELLOW::worse);
            }
            case RESTRICTED -> {
                reasons.add(trail.restriction());
                colour = colour.map(Colour.YELLOW::worse);
            }
            case PASSED -> {}
        }
        return new HealthStatus(colour, trail.latestState(), List.copyOf(reasons), at);
    }

    /** The declaration-related facts folded into the latest declaration's audit state. */
    private record DeclarationTrail(AuditState latestState, boolean everCompleted, StatusReason restriction) {

        static DeclarationTrail of(List<Fact> facts, Instant at) {
            AuditState state = AuditState.NOT_DECLARED;
            boolean completed = false;
            StatusReason restriction = null;
            for (Fact fact : facts) {
                if (fact.recordedAt().isAfter(at)) {
                    break;
                }
                AuditState next = stateAfter(fact.kind(), state);
                completed |= next == AuditState.PASSED || next == AuditState.RESTRICTED;
                if (fact.kind() == FactKind.REVIEW_RESTRICTED) {
                    restriction = new StatusReason(
                            "review-restricted",
                            "contact-community",
                            Map.of("category", fact.text("category").orElse("other")));
                }
                state = next;
            }
            return new DeclarationTrail(state, completed, restriction);
        }

        private static AuditState stateAfter(FactKind kind, AuditState current) {
            return switch (kind) {
                case DECLARATION_SUBMITTED -> AuditState.UNDER_REVIEW;
                case DECLARATION_CLEARED, REVIEW_APPROVED -> AuditState.PASSED;
                case DECLARATION_FLAGGED -> AuditState.UNDER_REVIEW;
                case REVIEW_RESTRICTED -> AuditState.RESTRICTED;
                default -> current;
            };
        }
    }
}
