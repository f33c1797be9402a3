package org.healthcode.status;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.healthcode.facts.Fact;
import org.healthcode.facts.FactStore;
import org.springframework.stereotype.Service;

/**
 * A person's status, derived from their facts: the declaration audit ({@link StatusEvaluator}) further restricted by
 * the region's colour rules ({@link ColourRules}).
 */
@Service
public class Statuses {

    private final FactStore facts;
    private final StatusEvaluator evaluator;
    private final ColourRules rules;
    private final Clock clock;

    Statuses(FactStore facts, StatusEvaluator evaluator, ColourRules rules, Clock clock) {
        this.facts = facts;
        this.evaluator = evaluator;
        this.rules = rules;
        this.clock = clock;
    }

    /** The status now. */
    public HealthStatus current(UUID residentId) {
        return at(residentId, clock.instant());
    }

    /** The status as it was (or will be, if nothing else happens) at {@code instant}. */
    public HealthStatus at(UUID residentId, Instant instant) {
        return evaluate(facts.of(residentId), instant);
    }

    /** The status these facts (oldest first) give at {@code instant}. */
    public HealthStatus evaluate(List<Fact> personFacts, Instant instant) {
        return evaluator.evaluate(personFacts, instant).restrictedBy(rules.evaluate(personFacts, instant));
    }
}
