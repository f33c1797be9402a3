package org.healthcode.status;

import java.time.Instant;
import java.util.List;
import org.healthcode.facts.Fact;

/**
 * The colour rules held as data per region (tests, contacts, travel, drug purchases, manual decisions). Implemented by
 * the colour engine in {@code org.healthcode.rules}, which depends on this package and not the other way round.
 */
public interface ColourRules {

    /** Evaluates the facts (oldest first) as of {@code at}; facts recorded after {@code at} are ignored. */
    RuleOutcome evaluate(List<Fact> facts, Instant at);
}
