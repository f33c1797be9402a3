package org.healthcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.rules.GivenFacts.hours;
import static org.healthcode.status.TestOutcome.NEGATIVE;
import static org.healthcode.status.TestOutcome.POSITIVE;

import java.time.Duration;
import java.util.Optional;
import org.healthcode.status.Colour;
import org.junit.jupiter.api.Test;

class SingleTubePositivePolicyTest {

    private final SingleTubePositivePolicy policy =
            new SingleTubePositivePolicy("single-tube-positive", 2, Duration.ofHours(24));
    private final GivenFacts given = new GivenFacts();

    @Test
    void without_a_positive_single_tube_it_has_nothing_to_say() {
        given.result(TubeKind.SINGLE, NEGATIVE, hours(0));

        assertThat(policy.apply(given.at(hours(10)))).isEmpty();
    }

    @Test
    void a_positive_single_tube_is_red_with_the_number_of_negatives_still_needed() {
        given.result(TubeKind.SINGLE, POSITIVE, hours(0));

        Optional<Finding> finding = policy.apply(given.at(hours(3)));

        assertThat(finding).get().extracting(Finding::colour).isEqualTo(Colour.RED);
        assertThat(finding.get().reason().code()).isEqualTo("single-tube-positive");
        assertThat(finding.get().reason().arguments())
                .containsEntry("remaining", "2")
                .containsEntry("gapHours", "24");
        assertThat(finding.get().nextTransition()).isEmpty();
    }

    @Test
    void the_positive_is_unknown_before_it_is_reported() {
        given.result(TubeKind.SINGLE, POSITIVE, hours(0));

        assertThat(policy.apply(given.at(hours(1)))).isEmpty();
    }

    @Test
    void two_negatives_too_close_together_count_as_one() {
        given.result(TubeKind.SINGLE, POSITIVE, hours(0))
                .result(TubeKind.SINGLE, NEGATIVE, hours(24))
                .result(TubeKind.SINGLE, NEGATIVE, hours(30));

        Optional<Finding> finding = policy.apply(given.at(hours(40)));

        assertThat(finding).isPresent();
        assertThat(finding.get().reason().arguments())
                .containsEntry("remaining", "1")
                .containsEntry("nextFromAt", hours(48).toString());
    }

    @Test
    void enough_negatives_far_enough_apart_restore_green() {
        given.result(TubeKind.SINGLE, POSITIVE, hours(0))
                .result(TubeKind.SINGLE, NEGATIVE, hours(24))
                .result(TubeKind.SINGLE, NEGATIVE, hours(48));

        assertThat(policy.apply(given.at(hours(51)))).isEmpty();
        assertThat(policy.apply(given.at(hours(49)))).isPresent();
    }

    @Test
    void mixed_tube_negatives_do_not_count() {
        given.result(TubeKind.SINGLE, POSITIVE, hours(0))
                .result(TubeKind.MIXED, NEGATIVE, hours(24))
                .result(TubeKind.MIXED, NEGATIVE, hours(48));

        assertThat(policy.apply(given.at(hours(60)))).isPresent();
    }

    @Test
    void a_later_positive_starts_the_count_again() {
        given.result(TubeKind.SINGLE, POSITIVE, hours(0))
                .result(TubeKind.SINGLE, NEGATIVE, hours(24))
                .result(TubeKind.SINGLE, POSITIVE, hours(36))
                .result(TubeKind.SINGLE, NEGATIVE, hours(60));

        Optional<Finding> finding = policy.apply(given.at(hours(70)));

        assertThat(finding).isPresent();
        assertThat(finding.get().reason().arguments()).containsEntry("remaining", "1");
    }
}
