package org.healthcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.rules.GivenFacts.hours;
import static org.healthcode.status.TestOutcome.INVALID;
import static org.healthcode.status.TestOutcome.NEGATIVE;

import org.healthcode.status.Colour;
import org.junit.jupiter.api.Test;

class InvalidResultPolicyTest {

    private final InvalidResultPolicy policy = new InvalidResultPolicy("invalid-result", Colour.YELLOW);
    private final GivenFacts given = new GivenFacts();

    @Test
    void an_invalid_result_asks_for_a_retest_in_yellow() {
        given.result(TubeKind.SINGLE, INVALID, hours(0));

        assertThat(policy.apply(given.at(hours(3)))).get().satisfies(finding -> {
            assertThat(finding.colour()).isEqualTo(Colour.YELLOW);
            assertThat(finding.reason().code()).isEqualTo("invalid-result");
            assertThat(finding.reason().nextStep()).isEqualTo("retest");
        });
    }

    @Test
    void a_valid_result_sampled_later_ends_it() {
        given.result(TubeKind.SINGLE, INVALID, hours(0)).result(TubeKind.MIXED, NEGATIVE, hours(10));

        assertThat(policy.apply(given.at(hours(13)))).isEmpty();
    }

    @Test
    void a_valid_result_sampled_earlier_but_reported_later_does_not() {
        given.result(TubeKind.SINGLE, INVALID, hours(5), hours(6))
                .result(TubeKind.SINGLE, NEGATIVE, hours(4), hours(8));

        assertThat(policy.apply(given.at(hours(10)))).isPresent();
    }
}
