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
 *   <li>an auditor restricted the person: yellow ({@code review-restricted}, with the category) until an auditor
 *       approves a later declaration or lifts the restriction by upholding an appeal;
 *   <li>otherwise green.
 * </ul>
 *
 * <p>The colour is never stored as a settable field; it is always this function of the recorded facts.
 */
@Component
public class StatusEvaluator {

    static final String NOT_DECLARED = "not-declared";
    static final String SUBMIT_DECLARATION = "submit-declaration";
    static final String UNDER_REVIEW = "declaration-under-review";
    static final String WAIT_FOR_REVIEW = "wait-for-review";
    static final String REVIEW_RESTRICTED = "review-restricted";
    static final String CONTACT_COMMUNITY = "contact-community";

    /** Evaluates the facts (oldest first) as of {@code at}; facts recorded after {@code at} are ignored. */
    public HealthStatus evaluate(List<Fact> facts, Instant at) {
        DeclarationTrail trail = DeclarationTrail.of(facts, at);
        List<StatusReason> reasons = new ArrayList<>();
        Optional<Colour> colour = trail.everCompleted() ? Optional.of(Colour.GREEN) : Optional.empty();

        if (trail.restriction().isPresent()) {
            reasons.add(trail.restriction().get());
            colour = colour.map(Colour.YELLOW::worse);
        }
        switch (trail.latestState()) {
            case NOT_DECLARED -> reasons.add(StatusReason.of(NOT_DECLARED, SUBMIT_DECLARATION));
            case UNDER_REVIEW -> {
                reasons.add(StatusReason.of(UNDER_REVIEW, WAIT_FOR_REVIEW));
                colour = colour.map(Colour.YELLOW::worse);
            }
            case PASSED, RESTRICTED -> {}
        }
        AuditState audit = trail.restriction().isPresent() && trail.latestState() == AuditState.PASSED
                ? AuditState.RESTRICTED
                : trail.latestState();
        return new HealthStatus(colour, audit, List.copyOf(reasons), at);
    }

    /**
     * The declaration-related facts folded together: the latest declaration's audit state, whether any audit was ever
     * completed, and the auditor's restriction, which stays in force until an auditor approves a later declaration or
     * lifts it on appeal (a new declaration alone never lifts it).
     */
    private record DeclarationTrail(AuditState latestState, boolean everCompleted, Optional<StatusReason> restriction) {

        static DeclarationTrail of(List<Fact> facts, Instant at) {
            AuditState state = AuditState.NOT_DECLARED;
            boolean completed = false;
            StatusReason restriction = null;
            for (Fact fact : facts) {
                if (fact.recordedAt().isAfter(at)) {
                    break;
                }
                state = stateAfter(fact.kind(), state);
                completed |= state == AuditState.PASSED || state == AuditState.RESTRICTED;
                if (fact.kind() == FactKind.REVIEW_RESTRICTED) {
                    restriction = restrictionBy(fact);
                } else if (fact.kind() == FactKind.REVIEW_APPROVED
                        || fact.kind() == FactKind.REVIEW_RESTRICTION_LIFTED) {
                    restriction = null;
                }
            }
            return new DeclarationTrail(state, completed, Optional.ofNullable(restriction));
        }

        private static StatusReason restrictionBy(Fact fact) {
            return new StatusReason(
                    REVIEW_RESTRICTED,
                    CONTACT_COMMUNITY,
                    Map.of("category", fact.text("category").orElse("other")));
        }

        private static AuditState stateAfter(FactKind kind, AuditState current) {
            return switch (kind) {
                case DECLARATION_SUBMITTED, DECLARATION_FLAGGED -> AuditState.UNDER_REVIEW;
                case DECLARATION_CLEARED, REVIEW_APPROVED -> AuditState.PASSED;
                case REVIEW_RESTRICTED -> AuditState.RESTRICTED;
                case REVIEW_RESTRICTION_LIFTED -> current == AuditState.RESTRICTED ? AuditState.PASSED : current;
                default -> current;
            };
        }
    }
}
