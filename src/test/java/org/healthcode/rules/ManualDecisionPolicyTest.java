package org.healthcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.rules.GivenFacts.hours;

import java.util.Map;
import org.healthcode.facts.FactKind;
import org.healthcode.status.Colour;
import org.junit.jupiter.api.Test;

class ManualDecisionPolicyTest {

    private final ManualDecisionPolicy policy = new ManualDecisionPolicy("manual-decision");
    private final GivenFacts given = new GivenFacts();

    @Test
    void a_yellow_decision_takes_effect_at_once_with_its_category() {
        requested("r1", "YELLOW", "alice");

        assertThat(policy.apply(given.at(hours(1)))).get().satisfies(finding -> {
            assertThat(finding.colour()).isEqualTo(Colour.YELLOW);
            assertThat(finding.reason().arguments()).containsEntry("category", "CONTACT_WITH_CASE");
        });
    }

    @Test
    void a_pending_red_request_changes_nothing() {
        requested("r1", "RED", "alice");

        assertThat(policy.apply(given.at(hours(1)))).isEmpty();
    }

    @Test
    void a_red_request_approved_by_a_second_person_is_red() {
        requested("r1", "RED", "alice");
        given.fact(FactKind.MANUAL_DECISION_APPROVED, hours(1), "staff:bob", Map.of("request", "r1"));

        assertThat(policy.apply(given.at(hours(1))))
                .get()
                .extracting(Finding::colour)
                .isEqualTo(Colour.RED);
    }

    @Test
    void an_approval_by_the_requester_is_ignored() {
        requested("r1", "RED", "alice");
        given.fact(FactKind.MANUAL_DECISION_APPROVED, hours(1), "staff:alice", Map.of("request", "r1"));

        assertThat(policy.apply(given.at(hours(2)))).isEmpty();
    }

    @Test
    void a_lifted_decision_has_no_effect_and_the_worst_remaining_one_decides() {
        requested("r1", "RED", "alice");
        given.fact(FactKind.MANUAL_DECISION_APPROVED, hours(1), "staff:bob", Map.of("request", "r1"));
        requested("r2", "YELLOW", "carol");
        given.fact(FactKind.MANUAL_DECISION_LIFTED, hours(2), "staff:bob", Map.of("request", "r1"));

        assertThat(policy.apply(given.at(hours(1))))
                .get()
                .extracting(Finding::colour)
                .isEqualTo(Colour.RED);
        assertThat(policy.apply(given.at(hours(3))))
                .get()
                .extracting(Finding::colour)
                .isEqualTo(Colour.YELLOW);
    }

    private void requested(String request, String colour, String auditor) {
        given.fact(
                FactKind.MANUAL_DECISION_REQUESTED,
                hours(0),
                "staff:" + auditor,
                Map.of("request", request, "colour", colour, "category", "CONTACT_WITH_CASE"));
    }
}
