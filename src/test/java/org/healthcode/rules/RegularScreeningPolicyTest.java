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

class RegularScreeningPolicyTest {

    private final RegularScreeningPolicy policy =
            new RegularScreeningPolicy("regular-screening", Duration.ofDays(7), Colour.YELLOW);
    private final GivenFacts given = new GivenFacts();

    @Test
    void a_recent_negative_keeps_green_and_names_when_the_next_test_is_due() {
        given.result(TubeKind.MIXED, NEGATIVE, days(0));

        assertThat(policy.apply(given.at(days(3)))).get().satisfies(finding -> {
            assertThat(finding.colour()).isEqualTo(Colour.GREEN);
            assertThat(finding.nextTransition()).contains(days(7));
        });
    }

    @Test
    void no_negative_within_the_interval_turns_yellow() {
        given.result(TubeKind.MIXED, NEGATIVE, days(0));

        assertThat(policy.apply(given.at(days(7)))).get().satisfies(finding -> {
            assertThat(finding.colour()).isEqualTo(Colour.YELLOW);
            assertThat(finding.reason().code()).isEqualTo("screening-overdue");
            assertThat(finding.reason().arguments()).containsEntry("days", "7");
        });
    }

    @Test
    void a_new_negative_restores_green() {
        given.result(TubeKind.MIXED, NEGATIVE, days(0)).result(TubeKind.MIXED, NEGATIVE, days(8));

        assertThat(policy.apply(given.at(days(8).plus(Duration.ofHours(3)))))
                .get()
                .extracting(Finding::colour)
                .isEqualTo(Colour.GREEN);
    }

    @Test
    void counted_from_the_report_a_late_report_buys_time() {
        given.result(TubeKind.MIXED, NEGATIVE, days(0), days(1));

        assertThat(policy.apply(given.at(days(7).plusSeconds(1), CountFrom.REPORT)))
                .get()
                .extracting(Finding::colour)
                .isEqualTo(Colour.GREEN);
        assertThat(policy.apply(given.at(days(7).plusSeconds(1), CountFrom.SAMPLING)))
                .get()
                .extracting(Finding::colour)
                .isEqualTo(Colour.YELLOW);
    }

    @Test
    void someone_never_tested_is_counted_from_their_first_fact() {
        given.fact(FactKind.DECLARATION_SUBMITTED, hours(0), Map.of());

        assertThat(policy.apply(given.at(days(6))))
                .get()
                .extracting(Finding::colour)
                .isEqualTo(Colour.GREEN);
        assertThat(policy.apply(given.at(days(7))))
                .get()
                .extracting(Finding::colour)
                .isEqualTo(Colour.YELLOW);
    }
}
