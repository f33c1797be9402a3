package org.healthcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.rules.GivenFacts.days;
import static org.healthcode.rules.GivenFacts.hours;
import static org.healthcode.status.TestOutcome.NEGATIVE;

import java.time.Duration;
import java.util.Map;
import org.healthcode.facts.FactKind;
import org.healthcode.status.Colour;
import org.junit.jupiter.api.Test;

class CloseContactPolicyTest {

    private final CloseContactPolicy policy = new CloseContactPolicy("close-contact", Duration.ofDays(14));
    private final GivenFacts given = new GivenFacts();

    @Test
    void a_close_contact_is_red_until_the_quarantine_ends_counted_from_exposure() {
        given.fact(FactKind.CLOSE_CONTACT_IDENTIFIED, days(2), Map.of("exposedAt", days(0).toString()));

        assertThat(policy.apply(given.at(days(3)))).get().satisfies(finding -> {
            assertThat(finding.colour()).isEqualTo(Colour.RED);
            assertThat(finding.reason().nextStep()).isEqualTo("quarantine-until");
            assertThat(finding.nextTransition()).contains(days(14));
        });
    }

    @Test
    void after_the_quarantine_it_stays_red_until_a_negative_test_sampled_after_its_end() {
        given.fact(FactKind.CLOSE_CONTACT_IDENTIFIED, days(0), Map.of("exposedAt", days(0).toString()))
                .result(TubeKind.SINGLE, NEGATIVE, days(13));

        assertThat(policy.apply(given.at(days(15)))).get().satisfies(finding -> {
            assertThat(finding.colour()).isEqualTo(Colour.RED);
            assertThat(finding.reason().nextStep()).isEqualTo("test-after-quarantine");
            assertThat(finding.nextTransition()).isEmpty();
        });
    }

    @Test
    void a_negative_test_sampled_at_the_end_of_quarantine_restores_green_once_reported() {
        given.fact(FactKind.CLOSE_CONTACT_IDENTIFIED, days(0), Map.of("exposedAt", days(0).toString()))
                .result(TubeKind.MIXED, NEGATIVE, days(14));

        assertThat(policy.apply(given.at(days(14).plus(Duration.ofHours(1))))).isPresent();
        assertThat(policy.apply(given.at(days(14).plus(Duration.ofHours(2))))).isEmpty();
    }

    @Test
    void without_an_exposure_time_the_quarantine_counts_from_identification() {
        given.fact(FactKind.CLOSE_CONTACT_IDENTIFIED, hours(5), Map.of());

        assertThat(policy.apply(given.at(days(1))))
                .get()
                .extracting(Finding::nextTransition)
                .satisfies(next -> assertThat(next).contains(hours(5).plus(Duration.ofDays(14))));
    }
}
