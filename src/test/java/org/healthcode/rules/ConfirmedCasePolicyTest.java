package org.healthcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.rules.GivenFacts.days;

import java.time.Duration;
import java.util.Map;
import org.healthcode.facts.FactKind;
import org.healthcode.status.Colour;
import org.junit.jupiter.api.Test;

class ConfirmedCasePolicyTest {

    private final ConfirmedCasePolicy policy = new ConfirmedCasePolicy("confirmed-case", Duration.ofDays(14));
    private final GivenFacts given = new GivenFacts();

    @Test
    void a_confirmed_case_is_red_with_no_end_in_sight_until_discharge() {
        given.fact(FactKind.CASE_CONFIRMED, days(0), Map.of());

        assertThat(policy.apply(given.at(days(30)))).get().satisfies(finding -> {
            assertThat(finding.colour()).isEqualTo(Colour.RED);
            assertThat(finding.reason().code()).isEqualTo("confirmed-case");
            assertThat(finding.nextTransition()).isEmpty();
        });
    }

    @Test
    void after_discharge_it_stays_red_for_the_observation_period_and_says_until_when() {
        given.fact(FactKind.CASE_CONFIRMED, days(0), Map.of())
                .fact(FactKind.CASE_DISCHARGED, days(11), Map.of("dischargedAt", days(10).toString()));

        assertThat(policy.apply(given.at(days(12)))).get().satisfies(finding -> {
            assertThat(finding.colour()).isEqualTo(Colour.RED);
            assertThat(finding.reason().code()).isEqualTo("discharged-under-observation");
            assertThat(finding.reason().arguments()).containsEntry("untilAt", days(24).toString());
            assertThat(finding.nextTransition()).contains(days(24));
        });
    }

    @Test
    void once_the_observation_period_has_passed_it_has_nothing_to_say() {
        given.fact(FactKind.CASE_CONFIRMED, days(0), Map.of())
                .fact(FactKind.CASE_DISCHARGED, days(10), Map.of("dischargedAt", days(10).toString()));

        assertThat(policy.apply(given.at(days(24)))).isEmpty();
    }

    @Test
    void a_new_confirmation_after_a_discharge_is_red_again() {
        given.fact(FactKind.CASE_CONFIRMED, days(0), Map.of())
                .fact(FactKind.CASE_DISCHARGED, days(10), Map.of())
                .fact(FactKind.CASE_CONFIRMED, days(40), Map.of());

        assertThat(policy.apply(given.at(days(41)))).get().satisfies(finding -> {
            assertThat(finding.reason().code()).isEqualTo("confirmed-case");
            assertThat(finding.nextTransition()).isEmpty();
        });
    }
}
