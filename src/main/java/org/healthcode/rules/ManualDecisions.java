package org.healthcode.rules;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthcode.common.RejectedException;
import org.healthcode.facts.Fact;
import org.healthcode.facts.FactKind;
import org.healthcode.facts.FactStore;
import org.healthcode.facts.NewFact;
import org.healthcode.residents.Residents;
import org.healthcode.status.Colour;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manual colour decisions by auditors, recorded as facts: always with a category from a fixed list and a written
 * reason. A yellow decision takes effect at once; a red one only when a second, different auditor approves it, and
 * until then changes nothing. Any auditor may lift a decision, with a reason.
 */
@Service
public class ManualDecisions {

    private static final int MIN_REASON = 5;
    private static final int MAX_REASON = 500;

    private final FactStore facts;
    private final Residents residents;
    private final ColourChanges changes;

    ManualDecisions(FactStore facts, Residents residents, ColourChanges changes) {
        this.facts = facts;
        this.residents = residents;
        this.changes = changes;
    }

    /** A request for a manual colour. */
    public record Request(Colour colour, DecisionCategory category, String reason) {}

    /** Records a request by {@code auditor}; returns the request id. */
    @Transactional
    public UUID request(UUID residentId, Request request, String auditor) {
        String reason = requireReason(request.reason());
        if (request.category() == null) {
            throw new RejectedException(RulesErrorCode.DECISION_CATEGORY_MISSING, "category");
        }
        if (request.colour() != Colour.YELLOW && request.colour() != Colour.RED) {
            throw new RejectedException(RulesErrorCode.DECISION_COLOUR_NOT_ALLOWED, "colour");
        }
        residents.view(residentId);

        UUID id = UUID.randomUUID();
        Map<String, Object> detail = Map.of(
                "request", id.toString(),
                "colour", request.colour().name(),
                "category", request.category().name());
        facts.record(NewFact.of(residentId, FactKind.MANUAL_DECISION_REQUESTED, detail, staff(auditor))
                .because(reason));
        changes.reevaluate(residentId);
        return id;
    }

    /** Approves a pending red request; the approver must not be its requester. */
    @Transactional
    public void approve(UUID residentId, UUID requestId, String approver) {
        List<Fact> personFacts = facts.of(residentId);
        Fact request = requestOf(personFacts, requestId);
        if (!request.text("colour").orElse("").equals(Colour.RED.name())) {
            throw new RejectedException(RulesErrorCode.DECISION_NEEDS_NO_APPROVAL);
        }
        if (closed(personFacts, requestId, FactKind.MANUAL_DECISION_APPROVED)
                || closed(personFacts, requestId, FactKind.MANUAL_DECISION_LIFTED)) {
            throw new RejectedException(RulesErrorCode.DECISION_ALREADY_CLOSED);
        }
        if (request.recordedBy().equals(staff(approver))) {
            throw new RejectedException(RulesErrorCode.DECISION_APPROVER_IS_REQUESTER);
        }

        facts.record(NewFact.of(
                residentId,
                FactKind.MANUAL_DECISION_APPROVED,
                Map.of("request", requestId.toString()),
                staff(approver)));
        changes.reevaluate(residentId);
    }

    /** Lifts a request, pending or in effect, with a written reason. */
    @Transactional
    public void lift(UUID residentId, UUID requestId, String reason, String auditor) {
        String written = requireReason(reason);
        List<Fact> personFacts = facts.of(residentId);
        requestOf(personFacts, requestId);
        if (closed(personFacts, requestId, FactKind.MANUAL_DECISION_LIFTED)) {
            throw new RejectedException(RulesErrorCode.DECISION_ALREADY_CLOSED);
        }

        facts.record(NewFact.of(
                        residentId,
                        FactKind.MANUAL_DECISION_LIFTED,
                        Map.of("request", requestId.toString()),
                        staff(auditor))
                .because(written));
        changes.reevaluate(residentId);
    }

    private static Fact requestOf(List<Fact> personFacts, UUID requestId) {
        return personFacts.stream()
                .filter(fact -> fact.kind() == FactKind.MANUAL_DECISION_REQUESTED)
                .filter(fact -> fact.text("request")
                        .filter(requestId.toString()::equals)
                        .isPresent())
                .findFirst()
                .orElseThrow(() -> new RejectedException(RulesErrorCode.DECISION_UNKNOWN));
    }

    private static boolean closed(List<Fact> personFacts, UUID requestId, FactKind kind) {
        return personFacts.stream()
                .filter(fact -> fact.kind() == kind)
                .anyMatch(fact -> fact.text("request")
                        .filter(requestId.toString()::equals)
                        .isPresent());
    }

    private static String requireReason(String reason) {
        String written = reason == null ? "" : reason.strip();
        if (written.length() < MIN_REASON || written.length() > MAX_REASON) {
            throw new RejectedException(RulesErrorCode.DECISION_REASON_MISSING, "reason");
        }
        return written;
    }

    private static String staff(String username) {
        return "staff:" + username;
    }
}
