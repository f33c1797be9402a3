package org.healthcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.rules.GivenFacts.days;
import static org.healthcode.status.TestOutcome.NEGATIVE;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.healthcode.facts.FactKind;
import org.healthcode.status.Colour;
import org.junit.jupiter.api.Test;

class RiskAreaArrivalPolicyTest {

    // START is 08:00 in Shanghai, so START + n days + a few hours stays on local day n.
    private final RiskAreaArrivalPolicy policy =
            new RiskAreaArrivalPolicy("risk-area-arrival", EnumSet.allOf(RiskLevel.class), 3, Colour.YELLOW);
    private final GivenFacts given = new GivenFacts();

    @Test
    void an_arrival_from_a_high_risk_area_is_yellow_until_three_negatives_on_three_days() {
        arrived("HIGH");

        assertThat(policy.apply(given.at(days(0).plusSeconds(60)))).get().satisfies(finding -> {
            assertThat(finding.colour()).isEqualTo(Colour.YELLOW);
            assertThat(finding.reason().arguments())
                    .containsEntry("remaining", "3")
                    .containsEntry("by", "2026-04-12T15:59:00Z");
        });
    }

    @Test
    void two_negatives_on_the_same_day_count_once() {
        arrived("MEDIUM");
        given.result(TubeKind.MIXED, NEGATIVE, days(0).plus(Duration.ofHours(1)))
                .result(TubeKind.MIXED, NEGATIVE, days(0).plus(Duration.ofHours(5)));

        assertThat(policy.apply(given.at(days(0).plus(Duration.ofHours(8)))))
                .get()
                .satisfies(finding -> assertThat(finding.reason().arguments())
                        .containsEntry("remaining", "2")
                        .containsEntry("by", "2026-04-12T15:59:00Z"));
    }

    @Test
    void three_negatives_on_distinct_days_restore_green() {
        arrived("HIGH");
        for (int day = 0; day < 3; day++) {
            given.result(TubeKind.SINGLE, NEGATIVE, days(day).plus(Duration.ofHours(1)));
        }

        assertThat(policy.apply(given.at(days(2).plus(Duration.ofHours(4))))).isEmpty();
    }

    @Test
    void tests_sampled_before_arrival_do_not_count() {
        given.result(TubeKind.SINGLE, NEGATIVE, days(-2)).result(TubeKind.SINGLE, NEGATIVE, days(-1));
        arrived("HIGH");

        assertThat(policy.apply(given.at(days(1))))
                .get()
                .satisfies(finding -> assertThat(finding.reason().arguments()).containsEntry("remaining", "3"));
    }

    @Test
    void a_level_the_region_does_not_watch_changes_nothing() {
        RiskAreaArrivalPolicy highOnly =
                new RiskAreaArrivalPolicy("high", EnumSet.of(RiskLevel.HIGH), 3, Colour.YELLOW);
        arrived("MEDIUM");

        assertThat(highOnly.apply(given.at(days(1)))).isEmpty();
    }

    private void arrived(String level) {
        given.fact(FactKind.RISK_AREA_ARRIVAL, days(0), Map.of("level", level, "arrivedAt", days(0).toString()));
    }
}
