package org.healthcode.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.healthcode.facts.Fact;
import org.healthcode.facts.FactKind;
import org.healthcode.facts.FactStore;
import org.healthcode.status.Colour;
import org.healthcode.status.HealthStatus;
import org.healthcode.status.Statuses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evaluates a person now and records a colour change when the derived colour differs from the last recorded one,
 * with the rule set, policy and facts that caused it; also notes when time alone may next change the colour. Call
 * {@link #reevaluate} after recording facts; it is idempotent.
 */
@Service
public class ColourChanges {

    static final String DECLARATION_CHECKS = "declaration-checks";
    private static final String NO_CODE = "NONE";
    private static final TypeReference<List<Long>> IDS = new TypeReference<>() {};
    private static final List<FactKind> DECLARATION_FACTS = List.of(
            FactKind.DECLARATION_SUBMITTED,
            FactKind.DECLARATION_CLEARED,
            FactKind.DECLARATION_FLAGGED,
            FactKind.REVIEW_APPROVED,
            FactKind.REVIEW_RESTRICTED);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final FactStore facts;
    private final Statuses statuses;
    private final ColourEngine engine;
    private final Clock clock;

    ColourChanges(
            JdbcClient jdbc, JsonMapper json, FactStore facts, Statuses statuses, ColourEngine engine, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.facts = facts;
        this.statuses = statuses;
        this.engine = engine;
        this.clock = clock;
    }

    /** Re-evaluates one person now; returns the change recorded, if the colour changed. */
    @Transactional
    public Optional<ColourChange> reevaluate(UUID residentId) {
        return reevaluateAll(List.of(residentId)).stream().findFirst();
    }

    /**
     * Re-evaluates these people now, in one transaction and a handful of statements whatever their number: their facts
     * and last changes are read by one query each, the evaluations noted by one statement and the changes recorded by
     * another. Keep batches to a few thousand people. Returns the changes recorded.
     */
    @Transactional
    public List<ColourChange> reevaluateAll(Collection<UUID> residentIds) {
        List<UUID> people = residentIds.stream().distinct().sorted().toList();
        if (people.isEmpty()) {
            return List.of();
        }

        lock(people);
        Instant now = clock.instant();
        Map<UUID, List<Fact>> factsByPerson = facts.ofEach(people);
        Map<UUID, ColourChange> lastChanges = lastOfEach(people);
        List<ColourChange> changed = new ArrayList<>();
        Map<UUID, Optional<Instant>> nextEvaluations = new LinkedHashMap<>();
        for (UUID person : people) {
            List<Fact> personFacts = factsByPerson.get(person);
            HealthStatus status = statuses.evaluate(personFacts, now);
            nextEvaluations.put(person, status.nextTransition());
            change(person, now, status, personFacts, Optional.ofNullable(lastChanges.get(person)))
                    .ifPresent(changed::add);
        }
        schedule(now, nextEvaluations);
        record(changed);
        return changed;
    }

    private Optional<ColourChange> change(
            UUID residentId, Instant now, HealthStatus status, List<Fact> personFacts, Optional<ColourChange> last) {
        String from = last.map(ColourChange::toColour).orElse(NO_CODE);
        String to = status.colour().map(Enum::name).orElse(NO_CODE);
        if (from.equals(to)) {
            return Optional.empty();
        }
        return Optional.of(cause(residentId, now, from, to, personFacts, last));
    }

    /** Every recorded change of one person, oldest first. */
    public List<ColourChange> history(UUID residentId) {
        return jdbc.sql("select * from colour_change where resident_id = ? order by id")
                .param(residentId)
                .query(this::toChange)
                .list();
    }

    /** When the person is next due for re-evaluation, if time alone may change their colour. */
    public Optional<Instant> nextEvaluationAt(UUID residentId) {
        return jdbc.sql("select next_evaluation_at from colour_evaluation where resident_id = ?")
                .param(residentId)
                .query((row, n) -> Optional.ofNullable(row.getTimestamp(1)).map(Timestamp::toInstant))
                .optional()
                .flatMap(due -> due);
    }

    private ColourChange cause(
            UUID residentId, Instant now, String from, String to, List<Fact> personFacts, Optional<ColourChange> last) {
        Assessment assessment = engine.assess(personFacts, now);
        String ruleSetId = assessment.ruleSet().map(RuleSet::id).orElse(DECLARATION_CHECKS);
        int version = assessment.ruleSet().map(RuleSet::version).orElse(1);
        if (!to.equals(Colour.GREEN.name()) && assessment.colour().name().equals(to)) {
            List<Finding> causes = assessment.causes();
            String policies = causes.stream().map(Finding::policy).collect(Collectors.joining(","));
            List<Long> factIds = causes.stream()
                    .flatMap(finding -> finding.factIds().stream())
                    .distinct()
                    .toList();
            return new ColourChange(residentId, now, from, to, ruleSetId, version, policies, factIds);
        }
        if (!to.equals(Colour.GREEN.name()) || from.equals(NO_CODE)) {
            return new ColourChange(
                    residentId,
                    now,
                    from,
                    to,
                    DECLARATION_CHECKS,
                    1,
                    "declaration-audit",
                    declarationFacts(personFacts));
        }
        Instant since = last.map(ColourChange::changedAt).orElse(Instant.EPOCH);
        List<Long> newFacts = personFacts.stream()
                .filter(fact -> fact.recordedAt().isAfter(since))
                .map(Fact::id)
                .toList();
        String released =
                last.map(change -> lifted(personFacts, change, assessment)).orElse("declaration-audit");
        return new ColourChange(residentId, now, from, to, ruleSetId, version, released, newFacts);
    }

    /** The policies that restricted at the last change and no longer do; the last change's policy if none. */
    private String lifted(List<Fact> personFacts, ColourChange last, Assessment now) {
        List<String> stillRestricting = now.findings().stream()
                .filter(Finding::restricts)
                .map(Finding::policy)
                .toList();
        String lifted = engine.assess(personFacts, last.changedAt()).causes().stream()
                .map(Finding::policy)
                .filter(policy -> !stillRestricting.contains(policy))
                .collect(Collectors.joining(","));
        return lifted.isEmpty() ? last.policy() : lifted;
    }

    private static List<Long> declarationFacts(List<Fact> personFacts) {
        return personFacts.stream()
                .filter(fact -> DECLARATION_FACTS.contains(fact.kind()))
                .reduce((earlier, later) -> later)
                .map(fact -> List.of(fact.id()))
                .orElse(List.of());
    }

    private void record(List<ColourChange> changed) {
        if (changed.isEmpty()) {
            return;
        }

        jdbc.sql("""
                        insert into colour_change (resident_id, changed_at, from_colour, to_colour, rule_set_id,
                            rule_set_version, policy, fact_ids)
                        select person, changed_at, from_colour, to_colour, rule_set_id, version::integer, policy,
                            fact_ids::jsonb
                        from unnest(?::uuid[], ?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[]) with ordinality
                            as change (person, changed_at, from_colour, to_colour, rule_set_id, version, policy,
                                fact_ids, position)
                        order by position""")
                .params(
                        changed.stream().map(ColourChange::residentId).toArray(UUID[]::new),
                        column(changed, change -> change.changedAt().toString()),
                        column(changed, ColourChange::fromColour),
                        column(changed, ColourChange::toColour),
                        column(changed, ColourChange::ruleSetId),
                        column(changed, change -> Integer.toString(change.ruleSetVersion())),
                        column(changed, ColourChange::policy),
                        column(changed, change -> json.writeValueAsString(change.factIds())))
                .update();
    }

    private static String[] column(List<ColourChange> changed, Function<ColourChange, String> value) {
        return changed.stream().map(value).toArray(String[]::new);
    }

    /** Notes for each person when they were evaluated and when time alone may next change their colour. */
    private void schedule(Instant now, Map<UUID, Optional<Instant>> nextEvaluations) {
        jdbc.sql("""
                        insert into colour_evaluation (resident_id, evaluated_at, next_evaluation_at)
                        select person, ?, next_at from unnest(?::uuid[], ?::timestamptz[]) as due (person, next_at)
                        on conflict (resident_id) do update
                        set evaluated_at = excluded.evaluated_at, next_evaluation_at = excluded.next_evaluation_at""")
                .params(
                        Timestamp.from(now),
                        nextEvaluations.keySet().toArray(UUID[]::new),
                        nextEvaluations.values().stream()
                                .map(next -> next.map(Instant::toString).orElse(null))
                                .toArray(String[]::new))
                .update();
    }

    private Map<UUID, ColourChange> lastOfEach(List<UUID> people) {
        Map<UUID, ColourChange> lastChanges = new HashMap<>();
        jdbc.sql("""
                        select distinct on (resident_id) * from colour_change where resident_id = any(?::uuid[])
                        order by resident_id, id desc""")
                .param(people.toArray(UUID[]::new))
                .query(this::toChange)
                .list()
                .forEach(change -> lastChanges.put(change.residentId(), change));
        return lastChanges;
    }

    /** Takes each person's lock in one order, so that two overlapping batches cannot deadlock. */
    private void lock(List<UUID> sortedPeople) {
        Long[] keys = sortedPeople.stream()
                .map(person -> person.getMostSignificantBits() ^ person.getLeastSignificantBits())
                .sorted()
                .toArray(Long[]::new);
        jdbc.sql("select count(pg_advisory_xact_lock(k)) from (select k from unnest(?::bigint[]) k order by k) keys")
                .param(keys)
                .query((row, n) -> 1)
                .single();
    }

    private ColourChange toChange(ResultSet row, int rowNumber) throws SQLException {
        return new ColourChange(
                row.getObject("resident_id", UUID.class),
                row.getTimestamp("changed_at").toInstant(),
                row.getString("from_colour"),
                row.getString("to_colour"),
                row.getString("rule_set_id"),
                row.getInt("rule_set_version"),
                row.getString("policy"),
                json.readValue(row.getString("fact_ids"), IDS));
    }
}
