package org.healthcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.rules.GivenFacts.hours;
import static org.healthcode.status.TestOutcome.NEGATIVE;
import static org.healthcode.status.TestOutcome.POSITIVE;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.healthcode.facts.FactKind;
import org.healthcode.status.Colour;
import org.healthcode.status.RuleOutcome;
import org.healthcode.status.TestOutcome;
import org.junit.jupiter.api.Test;

class ColourEngineTest {

    private final RuleSet defaults = defaultRuleSet(CountFrom.SAMPLING);
    private final ColourEngine engine = new ColourEngine(new RuleSets(List.of(defaults), "310000"));
    private final GivenFacts given = new GivenFacts();

    @Test
    void the_worst_finding_sets_the_colour_and_every_restricting_policy_gives_its_reason() {
        given.result(TubeKind.MIXED, POSITIVE, hours(0))
                .fact(FactKind.CLOSE_CONTACT_IDENTIFIED, hours(1), Map.of("exposedAt", hours(0).toString()));

        Assessment assessment = engine.assess(given.list(), hours(3));

        assertThat(assessment.colour()).isEqualTo(Colour.RED);
        assertThat(assessment.causes()).extracting(Finding::policy).containsExactly("close-contact");
        assertThat(assessment.outcome().reasons())
                .extracting(reason -> reason.code())
                .containsExactlyInAnyOrder("mixed-tube-positive", "close-contact");
        assertThat(assessment.nextTransition()).contains(hours(0).plus(Duration.ofDays(14)));
    }

    @Test
    void a_deadline_that_does_not_restrict_yet_gives_no_reason_but_a_next_transition() {
        given.fact(FactKind.DRUG_PURCHASED, hours(0), Map.of("drugClass", "FEVER", "purchasedAt", hours(0).toString()));

        RuleOutcome outcome = engine.evaluate(given.list(), hours(1));

        assertThat(outcome.colour()).isEqualTo(Colour.GREEN);
        assertThat(outcome.reasons()).isEmpty();
        assertThat(outcome.nextTransition()).contains(hours(72));
    }

    @Test
    void recency_gives_the_latest_sample_and_the_smallest_negative_window() {
        given.result(TubeKind.MIXED, NEGATIVE, hours(0)).result(TubeKind.SINGLE, TestOutcome.INVALID, hours(10));

        RuleOutcome outcome = engine.evaluate(given.list(), hours(30));

        assertThat(outcome.recency().lastSampledAt()).contains(hours(10));
        assertThat(outcome.recency().lastResult()).contains(TestOutcome.INVALID);
        assertThat(outcome.recency().negativeWithinHours()).contains(48);
        assertThat(engine.evaluate(given.list(), hours(73)).recency().negativeWithinHours())
                .isEmpty();
    }

    @Test
    void recency_counted_from_the_report_when_the_region_says_so() {
        ColourEngine byReport = new ColourEngine(new RuleSets(List.of(defaultRuleSet(CountFrom.REPORT)), "310000"));
        given.result(TubeKind.MIXED, NEGATIVE, hours(0), hours(20));

        assertThat(byReport.evaluate(given.list(), hours(40)).recency().negativeWithinHours())
                .contains(24);
        assertThat(engine.evaluate(given.list(), hours(40)).recency().negativeWithinHours())
                .contains(48);
    }

    @Test
    void facts_recorded_after_the_instant_are_ignored_so_history_can_be_asked() {
        given.result(TubeKind.SINGLE, POSITIVE, hours(0));

        assertThat(engine.assess(given.list(), hours(1)).colour()).isEqualTo(Colour.GREEN);
        assertThat(engine.assess(given.list(), hours(2)).colour()).isEqualTo(Colour.RED);
    }

    private static RuleSet defaultRuleSet(CountFrom countFrom) {
        RuleSet shipped = new RuleSetLoader()
                .load("rules/310000/v1.yml", ColourEngineTest.class.getResourceAsStream("/rules/310000/v1.yml"));
        return GivenFacts.ruleSetOf(countFrom, shipped.policies().toArray(ColourPolicy[]::new));
    }
}
