package org.healthcode.rules;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.healthcode.common.RejectedException;
import org.healthcode.facts.Fact;
import org.healthcode.facts.FactStore;
import org.healthcode.status.Colour;
import org.healthcode.status.StatusEvaluator;
import org.healthcode.status.Statuses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bringing a new rule-set version into force: first a preview of how many people would change from which colour to
 * which, per home district, as of now; then an activation that records who and when and makes everyone due for
 * re-evaluation when the version takes effect.
 */
@Service
public class RuleSetActivation {

    private final RuleSets ruleSets;
    private final RuleSetActivations activations;
    private final ColourEngine engine;
    private final StatusEvaluator declarationAudit;
    private final Statuses statuses;
    private final FactStore facts;
    private final JdbcClient jdbc;
    private final Clock clock;

    RuleSetActivation(
            RuleSets ruleSets,
            RuleSetActivations activations,
            ColourEngine engine,
            StatusEvaluator declarationAudit,
            Statuses statuses,
            FactStore facts,
            JdbcClient jdbc,
            Clock clock) {
        this.ruleSets = ruleSets;
        this.activations = activations;
        this.engine = engine;
        this.declarationAudit = declarationAudit;
        this.statuses = statuses;
        this.facts = facts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How many people of one district would change from one colour to another. */
    public record Shift(String district, String from, String to, int people) {}

    /** The preview of a version: every shift, evaluated at {@code evaluatedAt}. */
    public record Impact(String region, int version, Instant evaluatedAt, List<Shift> shifts) {}

    /**
     * Evaluates everyone with facts under the candidate version as of now and compares with their status now. Reads
     * every person's facts: an administrator's occasional action, not a request path.
     */
    @Transactional(readOnly = true)
    public Impact preview(String region, int version) {
        RuleSet candidate = require(region, version);
        Instant now = clock.instant();
        Map<String, Integer> counts = new TreeMap<>();

        for (Person person : peopleOfRegion(region)) {
            List<Fact> personFacts = facts.of(person.id());
            String from = colourName(statuses.evaluate(personFacts, now).colour());
            String to = colourName(declarationAudit
                    .evaluate(personFacts, now)
                    .restrictedBy(engine.assess(personFacts, now, candidate).outcome())
                    .colour());
            if (!from.equals(to)) {
                counts.merge(person.district() + "|" + from + "|" + to, 1, Integer::sum);
            }
        }
        List<Shift> shifts = counts.entrySet().stream()
                .map(entry -> {
                    String[] key = entry.getKey().split("\\|");
                    return new Shift(key[0], key[1], key[2], entry.getValue());
                })
                .toList();
        return new Impact(region, version, now, shifts);
    }

    /** Activates a version, recording who and when; everyone becomes due when it takes effect. */
    @Transactional
    public void activate(String region, int version, String administrator) {
        RuleSet ruleSet = require(region, version);
        if (ruleSets.activated(ruleSet)) {
            throw new RejectedException(RulesErrorCode.RULE_SET_ALREADY_ACTIVE);
        }
        Instant now = clock.instant();
        if (!activations.record(new RuleSetActivations.Activation(region, version, now, "staff:" + administrator))) {
            throw new RejectedException(RulesErrorCode.RULE_SET_ALREADY_ACTIVE);
        }

        ruleSets.activated(region, version, now);
        Instant due = ruleSet.effectiveFrom().isAfter(now) ? ruleSet.effectiveFrom() : now;
        jdbc.sql("""
                        insert into colour_evaluation (resident_id, evaluated_at, next_evaluation_at)
                        select distinct resident_id, cast(? as timestamptz), cast(? as timestamptz) from fact
                        on conflict (resident_id) do update set next_evaluation_at =
                            least(coalesce(colour_evaluation.next_evaluation_at, excluded.next_evaluation_at),
                                  excluded.next_evaluation_at)""").params(Timestamp.from(now), Timestamp.from(due)).update();
    }

    private RuleSet require(String region, int version) {
        return ruleSets.version(region, version)
                .orElseThrow(() -> new RejectedException(RulesErrorCode.RULE_SET_UNKNOWN));
    }

    private List<Person> peopleOfRegion(String region) {
        if (!region.equals(ruleSets.regionOfResidents())) {
            return List.of();
        }
        return jdbc.sql("""
                        select r.id, r.home_division from resident r
                        where exists (select 1 from fact f where f.resident_id = r.id)""")
                .query((row, n) -> new Person(row.getObject("id", UUID.class), row.getString("home_division")))
                .list();
    }

    private static String colourName(Optional<Colour> colour) {
        return colour.map(Enum::name).orElse("NONE");
    }

    private record Person(UUID id, String district) {}
}
