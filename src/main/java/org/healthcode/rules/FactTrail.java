package org.healthcode.rules;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.healthcode.facts.Fact;
import org.healthcode.facts.FactKind;

/**
 * A person's facts as known at one instant (facts recorded later are left out), with what policies need to read
 * them: the results ordered by sampling time, the rule set's time zone and counting mode.
 */
public final class FactTrail {

    private final List<Fact> facts;
    private final List<LabResult> results;
    private final Instant at;
    private final RuleSet ruleSet;

    private FactTrail(List<Fact> facts, Instant at, RuleSet ruleSet) {
        this.facts = facts;
        this.at = at;
        this.ruleSet = ruleSet;
        this.results = facts.stream()
                .flatMap(fact -> LabResult.of(fact).stream())
                .sorted(Comparator.comparing(LabResult::sampledAt).thenComparing(LabResult::factId))
                .toList();
    }

    /** The facts (oldest first) known at {@code at}, read under {@code ruleSet}. */
    public static FactTrail of(List<Fact> facts, Instant at, RuleSet ruleSet) {
        return new FactTrail(
                facts.stream().filter(fact -> !fact.recordedAt().isAfter(at)).toList(), at, ruleSet);
    }

    /** The instant of the evaluation. */
    public Instant at() {
        return at;
    }

    public ZoneId zone() {
        return ruleSet.zone();
    }

    public CountFrom countFrom() {
        return ruleSet.countFrom();
    }

    public Instant ruleSetEffectiveFrom() {
        return ruleSet.effectiveFrom();
    }

    /** All known facts, oldest first. */
    public List<Fact> facts() {
        return facts;
    }

    /** The facts of one kind, oldest first. */
    public List<Fact> all(FactKind kind) {
        return facts.stream().filter(fact -> fact.kind() == kind).toList();
    }

    /** The most recently recorded fact of one kind. */
    public Optional<Fact> latest(FactKind kind) {
        List<Fact> ofKind = all(kind);
        return ofKind.isEmpty() ? Optional.empty() : Optional.of(ofKind.get(ofKind.size() - 1));
    }

    /** The reported results, ordered by sampling time. */
    public List<LabResult> results() {
        return results;
    }

    /** The time a result's age is counted from under this rule set. */
    public Instant countedFrom(LabResult result) {
        return countFrom() == CountFrom.REPORT ? result.reportedAt() : result.sampledAt();
    }

    /** An instant from the fact's detail, or the time it was recorded when the key is absent or unreadable. */
    public static Instant instant(Fact fact, String key) {
        try {
            return fact.text(key).map(Instant::parse).orElse(fact.recordedAt());
        } catch (DateTimeParseException unreadable) {
            return fact.recordedAt();
        }
    }
}
