package org.healthcode.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.healthcode.facts.Fact;
import org.healthcode.status.ColourRules;
import org.healthcode.status.RuleOutcome;
import org.healthcode.status.TestRecency;
import org.springframework.stereotype.Component;

/**
 * Applies the rule set in force for the residents' region to a person's facts at one instant. A pure function of
 * the facts, the rule sets and the instant: evaluating the same facts as of a past day answers "why was my code red
 * then?".
 */
@Component
public class ColourEngine implements ColourRules {

    private static final List<Integer> NEGATIVE_WINDOWS_HOURS = List.of(24, 48, 72);

    private final RuleSets ruleSets;

    ColourEngine(RuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    /** Every policy's finding about these facts (oldest first) at {@code at}. */
    public Assessment assess(List<Fact> facts, Instant at) {
        return ruleSets.inForce(ruleSets.regionOfResidents(), at)
                .map(ruleSet -> assess(facts, at, ruleSet))
                .orElseGet(() -> new Assessment(Optional.empty(), List.of(), TestRecency.NONE));
    }

    /** Every finding of one given rule set, in force or not (for previews of a new version). */
    public Assessment assess(List<Fact> facts, Instant at, RuleSet ruleSet) {
        FactTrail trail = FactTrail.of(facts, at, ruleSet);
        List<Finding> findings = ruleSet.policies().stream()
                .flatMap(policy -> policy.apply(trail).stream())
                .toList();
        return new Assessment(Optional.of(ruleSet), findings, recency(trail));
    }

    @Override
    public RuleOutcome evaluate(List<Fact> facts, Instant at) {
        return assess(facts, at).outcome();
    }

    private static TestRecency recency(FactTrail trail) {
        List<LabResult> results = trail.results();
        if (results.isEmpty()) {
            return TestRecency.NONE;
        }
        LabResult last = results.get(results.size() - 1);
        Optional<Integer> negativeWithin = results.stream()
                .filter(LabResult::negative)
                .map(trail::countedFrom)
                .max(Instant::compareTo)
                .flatMap(counted -> window(Duration.between(counted, trail.at())));
        return new TestRecency(Optional.of(last.sampledAt()), Optional.of(last.outcome()), negativeWithin);
    }

    private static Optional<Integer> window(Duration age) {
        return NEGATIVE_WINDOWS_HOURS.stream()
                .filter(hours -> age.compareTo(Duration.ofHours(hours)) <= 0)
                .findFirst();
    }
}
