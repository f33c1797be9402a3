package org.healthcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.rules.GivenFacts.hours;
import static org.healthcode.status.TestOutcome.INVALID;
import static org.healthcode.status.TestOutcome.NEGATIVE;
import static org.healthcode.status.TestOutcome.POSITIVE;

import java.util.Optional;
import org.healthcode.status.Colour;
import org.junit.jupiter.api.Test;

class MixedTubePositivePolicyTest {

    private final GivenFacts given = new GivenFacts();

    @Test
    void a_positive_mixed_tube_puts_the_member_in_pending_review_yellow_by_default() {
        given.result(TubeKind.MIXED, POSITIVE, hours(0));

        Optional<Finding> finding = yellow().apply(given.at(hours(3)));

        assertThat(finding).get().extracting(Finding::colour).isEqualTo(Colour.YELLOW);
        assertThat(finding.get().reason().code()).isEqualTo("mixed-tube-positive");
        assertThat(finding.get().reason().nextStep()).isEqualTo("take-single-tube-test");
    }

    @Test
    void a_region_can_make_pending_review_red() {
        given.result(TubeKind.MIXED, POSITIVE, hours(0));

        MixedTubePositivePolicy red = new MixedTubePositivePolicy("mixed", Colour.RED);

        assertThat(red.apply(given.at(hours(3))))
                .get()
                .extracting(Finding::colour)
                .isEqualTo(Colour.RED);
    }

    @Test
    void a_negative_single_tube_sampled_after_the_mixed_one_restores_green() {
        given.result(TubeKind.MIXED, POSITIVE, hours(0)).result(TubeKind.SINGLE, NEGATIVE, hours(5));

        assertThat(yellow().apply(given.at(hours(8)))).isEmpty();
    }

    @Test
    void a_single_tube_sampled_before_the_mixed_one_does_not_count() {
        given.result(TubeKind.SINGLE, NEGATIVE, hours(-1), hours(4)).result(TubeKind.MIXED, POSITIVE, hours(0));

        assertThat(yellow().apply(given.at(hours(8)))).isPresent();
    }

    @Test
    void an_invalid_single_tube_or_a_mixed_negative_does_not_end_the_review() {
        given.result(TubeKind.MIXED, POSITIVE, hours(0))
                .result(TubeKind.SINGLE, INVALID, hours(5))
                .result(TubeKind.MIXED, NEGATIVE, hours(6));

        assertThat(yellow().apply(given.at(hours(10)))).isPresent();
    }

    @Test
    void a_positive_single_tube_ends_the_review_and_leaves_red_to_the_single_tube_policy() {
        given.result(TubeKind.MIXED, POSITIVE, hours(0)).result(TubeKind.SINGLE, POSITIVE, hours(5));

        assertThat(yellow().apply(given.at(hours(8)))).isEmpty();
    }

    private static MixedTubePositivePolicy yellow() {
        return new MixedTubePositivePolicy("mixed-tube-positive", Colour.YELLOW);
    }
}
