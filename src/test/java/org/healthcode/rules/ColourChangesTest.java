package org.healthcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aPerson;
import static org.healthcode.testing.SyntheticPeople.cleanDeclaration;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthcode.facts.Fact;
import org.healthcode.facts.FactKind;
import org.healthcode.facts.FactStore;
import org.healthcode.facts.NewFact;
import org.healthcode.status.Colour;
import org.healthcode.status.Statuses;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The colour engine against the real database: the change log, the next evaluation time and the scheduler. */
class ColourChangesTest extends IntegrationTest {

    @Autowired
    Journeys journeys;

    @Autowired
    MutableClock clock;

    @Autowired
    FactStore facts;

    @Autowired
    ColourChanges changes;

    @Autowired
    DueReevaluations due;

    @Autowired
    Statuses statuses;

    @Test
    void a_cleared_declaration_records_the_first_colour_from_no_code_to_green() {
        // given / when
        Resident resident = greenResident();

        // then
        assertThat(changes.history(resident.id())).singleElement().satisfies(change -> {
            assertThat(change.fromColour()).isEqualTo("NONE");
            assertThat(change.toColour()).isEqualTo("GREEN");
            assertThat(change.policy()).isEqualTo("declaration-audit");
            assertThat(change.factIds()).isNotEmpty();
        });
    }

    @Test
    void a_close_contact_turns_red_with_rule_and_facts_recorded_and_is_due_when_quarantine_ends() {
        // given a green resident identified as a close contact whose quarantine ends in a minute
        Resident resident = greenResident();
        Instant quarantineEnds = clock.instant().plus(Duration.ofMinutes(1));
        Fact contact = record(
                resident.id(),
                FactKind.CLOSE_CONTACT_IDENTIFIED,
                Map.of("exposedAt", quarantineEnds.minus(Duration.ofDays(14)).toString()));

        // when the engine re-evaluates, twice
        var first = changes.reevaluate(resident.id());
        var again = changes.reevaluate(resident.id());

        // then one change is recorded, with the rule set, the policy and the fact, and the end of quarantine is due
        assertThat(first).get().satisfies(change -> {
            assertThat(change.fromColour()).isEqualTo("GREEN");
            assertThat(change.toColour()).isEqualTo("RED");
            assertThat(change.ruleSetId()).isEqualTo("310000");
            assertThat(change.ruleSetVersion()).isEqualTo(1);
            assertThat(change.policy()).isEqualTo("close-contact");
            assertThat(change.factIds()).containsExactly(contact.id());
        });
        assertThat(again).isEmpty();
        assertThat(changes.history(resident.id())).hasSize(2);
        assertThat(changes.nextEvaluationAt(resident.id())).contains(quarantineEnds);

        // when the quarantine has ended and the scheduler runs
        clock.advance(Duration.ofMinutes(2));
        due.runDue();

        // then the person stays red (a test is still needed) and nothing more is due
        assertThat(changes.history(resident.id())).hasSize(2);
        assertThat(changes.nextEvaluationAt(resident.id())).isEmpty();
        assertThat(statuses.current(resident.id()).reasons())
                .extracting(reason -> reason.nextStep())
                .containsExactly("test-after-quarantine");

        // when a negative test sampled after the quarantine is reported
        Instant redSince = clock.instant();
        clock.advance(Duration.ofMinutes(1));
        record(
                resident.id(),
                FactKind.TEST_RESULT_REPORTED,
                negativeSampledAt(clock.instant().minusSeconds(30)));
        changes.reevaluate(resident.id());

        // then green again, and history still explains the red
        assertThat(changes.history(resident.id()))
                .extracting(ColourChange::toColour)
                .containsExactly("GREEN", "RED", "GREEN");
        assertThat(changes.history(resident.id()))
                .last()
                .satisfies(change -> assertThat(change.policy()).isEqualTo("close-contact"));
        ApiClient.Response history = resident.client().get("/api/me/history?at=" + redSince);
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        assertThat(history.json().get("colour").asString()).isEqualTo("RED");
        assertThat(history.json().get("reasons").get(0).get("code").asString()).isEqualTo("close-contact");
        assertThat(history.json().get("changes")).hasSize(3);
    }

    @Test
    void the_scheduler_turns_an_untested_drug_buyer_yellow_when_the_window_closes() {
        // given a drug purchase whose 72-hour window closes in a minute
        Resident resident = greenResident();
        Instant windowCloses = clock.instant().plus(Duration.ofMinutes(1));
        record(
                resident.id(),
                FactKind.DRUG_PURCHASED,
                Map.of(
                        "drugClass",
                        "FEVER",
                        "purchasedAt",
                        windowCloses.minus(Duration.ofHours(72)).toString()));
        assertThat(changes.reevaluate(resident.id())).isEmpty();
        assertThat(changes.nextEvaluationAt(resident.id())).contains(windowCloses);

        // when time passes and the scheduler runs, without anyone acting
        clock.advance(Duration.ofMinutes(2));
        int reevaluated = due.runDue();

        // then the change is recorded, by the drug-purchase policy
        assertThat(reevaluated).isPositive();
        assertThat(changes.history(resident.id())).last().satisfies(change -> {
            assertThat(change.toColour()).isEqualTo("YELLOW");
            assertThat(change.policy()).isEqualTo("drug-purchase");
        });
        assertThat(statuses.current(resident.id()).colour()).contains(Colour.YELLOW);
    }

    @Test
    void a_batch_records_for_each_person_what_a_one_by_one_evaluation_would_and_notes_each_next_evaluation() {
        // given three green residents: a close contact, a drug buyer and one with only a negative test
        Resident contact = greenResident();
        Resident buyer = greenResident();
        Resident tested = greenResident();
        Instant quarantineEnds = clock.instant().plus(Duration.ofMinutes(5));
        Instant windowCloses = clock.instant().plus(Duration.ofMinutes(7));
        Fact exposure = record(
                contact.id(),
                FactKind.CLOSE_CONTACT_IDENTIFIED,
                Map.of("exposedAt", quarantineEnds.minus(Duration.ofDays(14)).toString()));
        record(
                buyer.id(),
                FactKind.DRUG_PURCHASED,
                Map.of(
                        "drugClass",
                        "COUGH",
                        "purchasedAt",
                        windowCloses.minus(Duration.ofHours(72)).toString()));
        record(
                tested.id(),
                FactKind.TEST_RESULT_REPORTED,
                negativeSampledAt(clock.instant().minusSeconds(60)));

        // when they are re-evaluated together, twice
        var first = changes.reevaluateAll(List.of(tested.id(), contact.id(), buyer.id(), contact.id()));
        var again = changes.reevaluateAll(List.of(contact.id(), buyer.id(), tested.id()));

        // then only the close contact changed, with the rule and fact, and each person's next evaluation is noted
        assertThat(first).singleElement().satisfies(change -> {
            assertThat(change.residentId()).isEqualTo(contact.id());
            assertThat(change.fromColour()).isEqualTo("GREEN");
            assertThat(change.toColour()).isEqualTo("RED");
            assertThat(change.policy()).isEqualTo("close-contact");
            assertThat(change.factIds()).containsExactly(exposure.id());
        });
        assertThat(again).isEmpty();
        assertThat(changes.history(contact.id()))
                .extracting(ColourChange::toColour)
                .containsExactly("GREEN", "RED");
        assertThat(changes.history(buyer.id()))
                .extracting(ColourChange::toColour)
                .containsExactly("GREEN");
        assertThat(changes.nextEvaluationAt(contact.id())).contains(quarantineEnds);
        assertThat(changes.nextEvaluationAt(buyer.id())).contains(windowCloses);
        assertThat(changes.reevaluateAll(List.of())).isEmpty();
    }

    @Test
    void a_red_decision_needs_a_second_different_auditor_and_changes_nothing_until_approved() {
        // given a green resident and two auditors
        Resident resident = greenResident();
        ApiClient alice = journeys.staff(client(), "AUDITOR");
        ApiClient bob = journeys.staff(client(), "AUDITOR");
        String decisions = "/api/reviews/residents/" + resident.id() + "/manual-decisions";

        // when alice asks for red without a reason, then with one
        ApiClient.Response withoutReason =
                alice.post(decisions, Map.of("colour", "RED", "category", "ISOLATION_ORDERED", "reason", " "));
        ApiClient.Response requested = alice.post(
                decisions, Map.of("colour", "RED", "category", "ISOLATION_ORDERED", "reason", "Isolation order 17"));
        String request = requested.json().get("request").asString();

        // then nothing changes yet
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.code()).isEqualTo("decision-reason-missing");
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        assertThat(statuses.current(resident.id()).colour()).contains(Colour.GREEN);

        // when alice approves her own request, then bob approves it
        ApiClient.Response selfApproved = alice.post(decisions + "/" + request + "/approval", Map.of());
        ApiClient.Response approved = bob.post(decisions + "/" + request + "/approval", Map.of());

        // then only bob's approval counts, and the change names the manual-decision policy
        assertThat(selfApproved.status()).isEqualTo(403);
        assertThat(selfApproved.code()).isEqualTo("decision-approver-is-requester");
        assertThat(approved.status()).as(approved.body()).isEqualTo(204);
        assertThat(statuses.current(resident.id()).colour()).contains(Colour.RED);
        assertThat(changes.history(resident.id())).last().satisfies(change -> {
            assertThat(change.toColour()).isEqualTo("RED");
            assertThat(change.policy()).isEqualTo("manual-decision");
            assertThat(change.factIds()).hasSize(2);
        });

        // when bob lifts it with a reason
        ApiClient.Response lifted =
                bob.post(decisions + "/" + request + "/lifting", Map.of("reason", "Order withdrawn"));

        // then green again
        assertThat(lifted.status()).as(lifted.body()).isEqualTo(204);
        assertThat(statuses.current(resident.id()).colour()).contains(Colour.GREEN);
    }

    @Test
    void a_resident_cannot_reach_the_auditors_history_or_decisions() {
        Resident resident = greenResident();

        ApiClient.Response history = resident.client().get("/api/reviews/residents/" + resident.id() + "/history");

        assertThat(history.status()).isIn(401, 403);
    }

    private record Resident(UUID id, ApiClient client) {}

    private Resident greenResident() {
        ApiClient client = client();
        UUID id = journeys.register(client, aPerson());
        ApiClient.Response declared = client.put("/api/me/declaration", cleanDeclaration());
        assertThat(declared.status()).as(declared.body()).isEqualTo(200);
        return new Resident(id, client);
    }

    private Fact record(UUID residentId, FactKind kind, Map<String, Object> detail) {
        return facts.record(NewFact.of(residentId, kind, detail, "system:test"));
    }

    private Map<String, Object> negativeSampledAt(Instant sampledAt) {
        return Map.of(
                "tube",
                "T-" + UUID.randomUUID(),
                "tubeKind",
                "SINGLE",
                "result",
                "NEGATIVE",
                "sampledAt",
                sampledAt.toString(),
                "reportedAt",
                clock.instant().toString(),
                "lab",
                "lab-1");
    }
}
