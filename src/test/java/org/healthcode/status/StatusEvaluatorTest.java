package org.healthcode.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthcode.facts.Fact;
import org.healthcode.facts.FactKind;
import org.junit.jupiter.api.Test;

class StatusEvaluatorTest {

    private static final Instant START = Instant.parse("2026-04-10T08:00:00Z");
    private final StatusEvaluator evaluator = new StatusEvaluator();
    private final UUID person = UUID.randomUUID();
    private final List<Fact> facts = new ArrayList<>();

    @Test
    void without_any_fact_there_is_no_code_and_the_step_is_to_declare() {
        HealthStatus status = evaluator.evaluate(facts, START);

        assertThat(status.colour()).isEmpty();
        assertThat(status.audit()).isEqualTo(AuditState.NOT_DECLARED);
        assertThat(status.reasons()).extracting(StatusReason::nextStep).containsExactly("submit-declaration");
    }

    @Test
    void a_cleared_declaration_is_green_without_reasons() {
        given(FactKind.DECLARATION_SUBMITTED, 0);
        given(FactKind.DECLARATION_CLEARED, 0);

        HealthStatus status = evaluator.evaluate(facts, START);

        assertThat(status.colour()).contains(Colour.GREEN);
        assertThat(status.reasons()).isEmpty();
    }

    @Test
    void a_first_flagged_declaration_gives_no_code_until_reviewed() {
        given(FactKind.DECLARATION_SUBMITTED, 0);
        given(FactKind.DECLARATION_FLAGGED, 0);

        HealthStatus status = evaluator.evaluate(facts, START);

        assertThat(status.colour()).isEmpty();
        assertThat(status.codeIssuable()).isFalse();
        assertThat(status.reasons()).extracting(StatusReason::code).containsExactly("declaration-under-review");
    }

    @Test
    void a_flagged_update_of_a_passed_declaration_turns_yellow_while_under_review() {
        given(FactKind.DECLARATION_SUBMITTED, 0);
        given(FactKind.DECLARATION_CLEARED, 0);
        given(FactKind.DECLARATION_SUBMITTED, 60);
        given(FactKind.DECLARATION_FLAGGED, 60);

        assertThat(evaluator.evaluate(facts, START.plusSeconds(60)).colour()).contains(Colour.YELLOW);
        assertThat(evaluator.evaluate(facts, START.plusSeconds(30)).colour()).contains(Colour.GREEN);
    }

    @Test
    void a_restriction_is_yellow_with_its_category_survives_a_cleared_declaration_and_only_an_approval_lifts_it() {
        given(FactKind.DECLARATION_SUBMITTED, 0);
        given(FactKind.DECLARATION_FLAGGED, 0);
        facts.add(new Fact(
                facts.size(),
                person,
                FactKind.REVIEW_RESTRICTED,
                Map.of("category", "CONTACT_WITH_CASE"),
                START.plusSeconds(10),
                "staff:auditor",
                "contact"));

        HealthStatus restricted = evaluator.evaluate(facts, START.plusSeconds(10));
        given(FactKind.DECLARATION_SUBMITTED, 20);
        given(FactKind.DECLARATION_CLEARED, 20);
        HealthStatus clearedButRestricted = evaluator.evaluate(facts, START.plusSeconds(20));
        given(FactKind.REVIEW_APPROVED, 30);
        HealthStatus approved = evaluator.evaluate(facts, START.plusSeconds(30));

        assertThat(restricted.colour()).contains(Colour.YELLOW);
        assertThat(restricted.reasons().get(0).arguments()).containsEntry("category", "CONTACT_WITH_CASE");
        assertThat(clearedButRestricted.colour()).contains(Colour.YELLOW);
        assertThat(clearedButRestricted.audit()).isEqualTo(AuditState.RESTRICTED);
        assertThat(approved.colour()).contains(Colour.GREEN);
    }

    @Test
    void a_restriction_lifted_on_appeal_is_green_and_passed_while_a_pending_review_stays_pending() {
        given(FactKind.DECLARATION_SUBMITTED, 0);
        given(FactKind.DECLARATION_FLAGGED, 0);
        given(FactKind.REVIEW_RESTRICTED, 10);
        given(FactKind.REVIEW_RESTRICTION_LIFTED, 20);
        HealthStatus lifted = evaluator.evaluate(facts, START.plusSeconds(20));
        given(FactKind.DECLARATION_SUBMITTED, 30);
        given(FactKind.DECLARATION_FLAGGED, 30);
        given(FactKind.REVIEW_RESTRICTION_LIFTED, 40);
        HealthStatus stillUnderReview = evaluator.evaluate(facts, START.plusSeconds(40));

        assertThat(lifted.colour()).contains(Colour.GREEN);
        assertThat(lifted.audit()).isEqualTo(AuditState.PASSED);
        assertThat(lifted.reasons()).isEmpty();
        assertThat(stillUnderReview.colour()).contains(Colour.YELLOW);
        assertThat(stillUnderReview.audit()).isEqualTo(AuditState.UNDER_REVIEW);
    }

    private void given(FactKind kind, long secondsAfterStart) {
        facts.add(new Fact(
                facts.size(), person, kind, Map.of(), START.plusSeconds(secondsAfterStart), "system:test", null));
    }
}
