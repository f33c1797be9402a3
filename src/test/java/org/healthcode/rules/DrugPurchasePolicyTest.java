package org.healthcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.rules.GivenFacts.hours;
import static org.healthcode.status.TestOutcome.NEGATIVE;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.healthcode.facts.FactKind;
import org.healthcode.status.Colour;
import org.junit.jupiter.api.Test;

class DrugPurchasePolicyTest {

    private final DrugPurchasePolicy policy = new DrugPurchasePolicy(
            "drug-purchase", EnumSet.allOf(DrugClass.class), Duration.ofHours(72), Colour.YELLOW);
    private final GivenFacts given = new GivenFacts();

    @Test
    void within_72_hours_of_a_purchase_the_code_stays_green_and_the_deadline_is_due() {
        bought("FEVER", 0);

        assertThat(policy.apply(given.at(hours(10)))).get().satisfies(finding -> {
            assertThat(finding.colour()).isEqualTo(Colour.GREEN);
            assertThat(finding.restricts()).isFalse();
            assertThat(finding.nextTransition()).contains(hours(72));
        });
    }

    @Test
    void once_72_hours_pass_without_a_negative_test_the_code_turns_yellow() {
        bought("ANTIVIRAL", 0);

        assertThat(policy.apply(given.at(hours(72)))).get().satisfies(finding -> {
            assertThat(finding.colour()).isEqualTo(Colour.YELLOW);
            assertThat(finding.reason().code()).isEqualTo("drug-purchase-untested");
        });
    }

    @Test
    void a_negative_test_sampled_within_the_window_keeps_it_green() {
        bought("COUGH", 0);
        given.result(TubeKind.MIXED, NEGATIVE, hours(30));

        assertThat(policy.apply(given.at(hours(100)))).isEmpty();
    }

    @Test
    void a_late_negative_test_restores_green() {
        bought("ANTIBIOTIC", 0);
        given.result(TubeKind.SINGLE, NEGATIVE, hours(90));

        assertThat(policy.apply(given.at(hours(91))))
                .get()
                .extracting(Finding::colour)
                .isEqualTo(Colour.YELLOW);
        assertThat(policy.apply(given.at(hours(93)))).isEmpty();
    }

    @Test
    void a_test_sampled_before_the_purchase_does_not_count() {
        given.result(TubeKind.SINGLE, NEGATIVE, hours(-5));
        bought("FEVER", 0);

        assertThat(policy.apply(given.at(hours(80))))
                .get()
                .extracting(Finding::colour)
                .isEqualTo(Colour.YELLOW);
    }

    @Test
    void an_untested_earlier_purchase_decides_over_a_recent_one() {
        bought("FEVER", 0);
        bought("COUGH", 70);

        assertThat(policy.apply(given.at(hours(80))))
                .get()
                .extracting(Finding::colour)
                .isEqualTo(Colour.YELLOW);
    }

    @Test
    void a_class_the_region_does_not_list_changes_nothing() {
        DrugPurchasePolicy feverOnly =
                new DrugPurchasePolicy("fever", EnumSet.of(DrugClass.FEVER), Duration.ofHours(72), Colour.YELLOW);
        bought("ANTIBIOTIC", 0);

        assertThat(feverOnly.apply(given.at(hours(100)))).isEmpty();
    }

    private void bought(String drugClass, long hour) {
        given.fact(
                FactKind.DRUG_PURCHASED,
                hours(hour),
                Map.of("drugClass", drugClass, "purchasedAt", hours(hour).toString()));
    }
}
