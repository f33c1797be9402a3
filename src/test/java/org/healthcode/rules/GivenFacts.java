package org.healthcode.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthcode.facts.Fact;
import org.healthcode.facts.FactKind;
import org.healthcode.status.TestOutcome;

/** A small test DSL: one person's facts, built in the order they were recorded, and the trail a policy reads. */
final class GivenFacts {

    static final Instant START = Instant.parse("2026-04-10T00:00:00Z");

    private final UUID person = UUID.randomUUID();
    private final List<Fact> facts = new ArrayList<>();

    static Instant hours(long hours) {
        return START.plus(Duration.ofHours(hours));
    }

    static Instant days(long days) {
        return START.plus(Duration.ofDays(days));
    }

    static RuleSet ruleSetOf(CountFrom countFrom, ColourPolicy... policies) {
        return new RuleSet(
                "310000", 1, Instant.EPOCH, countFrom, ZoneId.of("Asia/Shanghai"), List.of(policies), "test");
    }

    /** A result sampled at {@code sampledAt}, reported and recorded two hours later. */
    GivenFacts result(TubeKind tube, TestOutcome outcome, Instant sampledAt) {
        return result(tube, outcome, sampledAt, sampledAt.plus(Duration.ofHours(2)));
    }

    GivenFacts result(TubeKind tube, TestOutcome outcome, Instant sampledAt, Instant reportedAt) {
        Map<String, Object> detail = new HashMap<>();
        detail.put("tube", "T" + facts.size());
        detail.put("tubeKind", tube.name());
        detail.put("result", outcome.name());
        detail.put("sampledAt", sampledAt.toString());
        detail.put("reportedAt", reportedAt.toString());
        detail.put("lab", "lab-1");
        return fact(FactKind.TEST_RESULT_REPORTED, reportedAt, "system:lab", detail);
    }

    GivenFacts fact(FactKind kind, Instant recordedAt, Map<String, Object> detail) {
        return fact(kind, recordedAt, "system:test", detail);
    }

    GivenFacts fact(FactKind kind, Instant recordedAt, String recordedBy, Map<String, Object> detail) {
        facts.add(new Fact(facts.size() + 1L, person, kind, Map.copyOf(detail), recordedAt, recordedBy, null));
        return this;
    }

    List<Fact> list() {
        return List.copyOf(facts);
    }

    FactTrail at(Instant at) {
        return at(at, CountFrom.SAMPLING);
    }

    FactTrail at(Instant at, CountFrom countFrom) {
        return FactTrail.of(facts, at, ruleSetOf(countFrom));
    }
}
