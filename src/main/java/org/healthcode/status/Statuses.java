package org.healthcode.status;

import java.time.Clock;
import java.util.UUID;
import org.healthcode.facts.FactStore;
import org.springframework.stereotype.Service;

/** A person's current status, derived from their facts now. */
@Service
public class Statuses {

    private final FactStore facts;
    private final StatusEvaluator evaluator;
    private final Clock clock;

    Statuses(FactStore facts, StatusEvaluator evaluator, Clock clock) {
        this.facts = facts;
        this.evaluator = evaluator;
        this.clock = clock;
    }

    public HealthStatus current(UUID residentId) {
        return evaluator.evaluate(facts.of(residentId), clock.instant());
    }
}
