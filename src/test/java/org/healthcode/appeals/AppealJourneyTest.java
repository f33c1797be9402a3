package org.healthcode.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthcode.testing.SyntheticPeople.aChild;
import static org.healthcode.testing.SyntheticPeople.cleanDeclaration;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.healthcode.appeals.AppealFixtures.Resident;
import org.healthcode.facts.FactKind;
import org.healthcode.facts.FactStore;
import org.healthcode.facts.NewFact;
import org.healthcode.rules.ColourChange;
import org.healthcode.rules.ColourChanges;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Appeals through the real API: filing, refusals, resolution by an independent auditor, and the engine's answer. */
class AppealJourneyTest extends IntegrationTest {

    @Autowired
    Journeys journeys;

    @Autowired
    FactStore facts;

    @Autowired
    ColourChanges changes;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    AppealFixtures given;

    @BeforeEach
    void fixtures() {
        given = new AppealFixtures(journeys, client());
    }

    @Test
    void an_appeal_upheld_by_an_independent_auditor_lifts_a_red_decision_and_the_engine_turns_the_code_green() {
        // given a resident made red by alice and approved by bob
        ApiClient alice = given.auditor();
        ApiClient bob = given.auditor();
        ApiClient carol = given.auditor();
        Resident resident = given.green();
        given.decide(resident, "RED", alice, bob);
        assertThat(given.colourOf(resident)).isEqualTo("RED");

        // when the resident appeals
        ApiClient.Response filed = given.file(resident, "I was at work that day; the order names someone else.");

        // then the appeal is open and in the auditors' queue, with the masked name
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.json().get("state").asString()).isEqualTo("OPEN");
        assertThat(filed.json().get("colourAtFiling").asString()).isEqualTo("RED");
        String appeal = filed.json().get("id").asString();
        JsonNode queued = inQueue(carol, appeal);
        assertThat(queued).as("the appeal is in the queue").isNotNull();
        assertThat(queued.get("appeal").get("maskedName").asString()).contains("*");

        // when the approver of the decision, then carol without a reason or outcome, try to resolve it
        ApiClient.Response byApprover = given.resolve(bob, appeal, "UPHELD", "I approved it wrongly");
        ApiClient.Response noReason = given.resolve(carol, appeal, "UPHELD", " ");
        ApiClient.Response noOutcome =
                carol.post("/api/reviews/appeals/" + appeal + "/resolution", Map.of("reason", "Order withdrawn"));

        // then each is refused and nothing changes
        assertThat(byApprover.status()).isEqualTo(403);
        assertThat(byApprover.code()).isEqualTo("appeal-resolver-imposed-restriction");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.code()).isEqualTo("appeal-reason-missing");
        assertThat(noOutcome.status()).isEqualTo(400);
        assertThat(noOutcome.code()).isEqualTo("appeal-outcome-missing");
        assertThat(given.colourOf(resident)).isEqualTo("RED");

        // when carol upholds it with a reason
        ApiClient.Response upheld = given.resolve(carol, appeal, "UPHELD", "The order named another person");

        // then the decision is lifted through the manual-decision mechanism and the engine derives green
        assertThat(upheld.status()).as(upheld.body()).isEqualTo(200);
        assertThat(upheld.json().get("appeal").get("state").asString()).isEqualTo("UPHELD");
        assertThat(upheld.json().get("resolvedBy").asString()).isNotBlank();
        assertThat(given.colourOf(resident)).isEqualTo("GREEN");
        assertThat(changes.history(resident.id())).last().satisfies(change -> {
            assertThat(change.toColour()).isEqualTo("GREEN");
            assertThat(change.policy()).isEqualTo("manual-decision");
        });
        assertThat(facts.of(resident.id()))
                .extracting(fact -> fact.kind())
                .containsSubsequence(FactKind.APPEAL_FILED, FactKind.MANUAL_DECISION_LIFTED, FactKind.APPEAL_RESOLVED);

        // and the resident sees the outcome and its reason; a second resolution is refused
        JsonNode mine = resident.client().get("/api/me/appeals").json().get(0);
        assertThat(mine.get("state").asString()).isEqualTo("UPHELD");
        assertThat(mine.get("resolutionReason").asString()).isEqualTo("The order named another person");
        assertThat(mine.has("resolvedBy")).isFalse();
        ApiClient.Response again = given.resolve(carol, appeal, "REJECTED", "Changed my mind");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("appeal-already-resolved");
        assertThat(inQueue(carol, appeal)).isNull();
    }

    @Test
    void a_rejected_appeal_changes_nothing_stays_as_recorded_and_afterwards_a_new_appeal_may_be_filed() {
        // given a yellow resident with an open appeal
        ApiClient alice = given.auditor();
        ApiClient carol = given.auditor();
        Resident resident = given.green();
        given.decide(resident, "YELLOW", alice, null);
        String appeal = given.file(resident, "I have no symptoms at all, please check.")
                .json()
                .get("id")
                .asString();

        // when carol rejects it with a reason
        ApiClient.Response rejected = given.resolve(carol, appeal, "REJECTED", "Symptoms confirmed by the clinic");

        // then the colour stays yellow, the resident sees the rejection, and may appeal again
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(given.colourOf(resident)).isEqualTo("YELLOW");
        JsonNode mine = resident.client().get("/api/me/appeals").json().get(0);
        assertThat(mine.get("state").asString()).isEqualTo("REJECTED");
        assertThat(mine.get("resolutionReason").asString()).isEqualTo("Symptoms confirmed by the clinic");
        assertThat(facts.of(resident.id()))
                .extracting(fact -> fact.kind())
                .doesNotContain(FactKind.MANUAL_DECISION_LIFTED)
                .contains(FactKind.APPEAL_RESOLVED);
        assertThat(given.file(resident, "New evidence: a negative test yesterday.")
                        .status())
                .isEqualTo(201);
        // and the resolved appeal cannot be rewritten or deleted, even in SQL
        assertThatThrownBy(() -> jdbc.sql("update appeal set outcome = 'UPHELD' where id = ?")
                        .param(UUID.fromString(appeal))
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from appeal where id = ?")
                        .param(UUID.fromString(appeal))
                        .update())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void a_green_code_and_a_second_open_appeal_and_a_short_statement_are_refused_with_stable_codes() {
        // given a green resident, and a yellow one with an open appeal
        ApiClient alice = given.auditor();
        Resident green = given.green();
        Resident yellow = given.green();
        given.decide(yellow, "YELLOW", alice, null);
        assertThat(given.file(yellow, "This decision is about somebody else.").status())
                .isEqualTo(201);

        // when
        ApiClient.Response onGreen = given.file(green, "My code is green but I appeal anyway.");
        ApiClient.Response second = given.file(yellow, "Filing a second time to be sure.");
        ApiClient.Response tooShort = given.file(yellow, "short");

        // then
        assertThat(onGreen.status()).isEqualTo(409);
        assertThat(onGreen.code()).isEqualTo("appeal-code-green");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("appeal-already-open");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.code()).isEqualTo("appeal-statement-invalid");
        assertThat(yellow.client().get("/api/me/appeals").json()).hasSize(1);
    }

    @Test
    void an_upheld_appeal_cannot_make_a_lab_confirmed_positive_green() {
        // given a resident made red by a positive single-tube result
        ApiClient carol = given.auditor();
        Resident resident = given.green();
        facts.record(NewFact.of(resident.id(), FactKind.TEST_RESULT_REPORTED, positive(), "system:test"));
        changes.reevaluate(resident.id());
        assertThat(given.colourOf(resident)).isEqualTo("RED");
        String appeal = given.file(resident, "The laboratory must have mixed up the tubes.")
                .json()
                .get("id")
                .asString();

        // when an auditor tries to uphold it
        ApiClient.Response upheld = given.resolve(carol, appeal, "UPHELD", "Sounds plausible to me");

        // then it is refused, the code stays red, and the appeal can still be rejected
        assertThat(upheld.status()).isEqualTo(409);
        assertThat(upheld.code()).isEqualTo("appeal-nothing-to-lift");
        assertThat(given.colourOf(resident)).isEqualTo("RED");
        assertThat(given.resolve(carol, appeal, "REJECTED", "Ask the lab to correct the result")
                        .status())
                .isEqualTo(200);
        assertThat(given.colourOf(resident)).isEqualTo("RED");
    }

    @Test
    void an_upheld_appeal_lifts_a_declaration_review_restriction_but_not_for_the_auditor_who_imposed_it() {
        // given a resident restricted (yellow) by alice in the declaration review
        ApiClient alice = given.auditor();
        ApiClient carol = given.auditor();
        Resident resident = given.restrictedByReview(alice);
        assertThat(given.colourOf(resident)).isEqualTo("YELLOW");
        String appeal = given.file(resident, "It was a sunburn, not a fever; see my doctor's note.")
                .json()
                .get("id")
                .asString();

        // when alice, then carol, uphold it
        ApiClient.Response byAlice = given.resolve(alice, appeal, "UPHELD", "I was wrong");
        ApiClient.Response byCarol = given.resolve(carol, appeal, "UPHELD", "Doctor's note checked");

        // then only carol's counts, recorded as a lifted restriction, and the code is green
        assertThat(byAlice.code()).isEqualTo("appeal-resolver-imposed-restriction");
        assertThat(byCarol.status()).as(byCarol.body()).isEqualTo(200);
        assertThat(given.colourOf(resident)).isEqualTo("GREEN");
        assertThat(facts.of(resident.id()))
                .extracting(fact -> fact.kind())
                .contains(FactKind.REVIEW_RESTRICTION_LIFTED);
        assertThat(changes.history(resident.id()))
                .extracting(ColourChange::toColour)
                .containsExactly("GREEN", "YELLOW", "GREEN");
    }

    @Test
    void a_guardian_appeals_for_a_dependant_but_nobody_can_appeal_for_a_stranger() {
        // given a guardian with a yellow dependant, and a stranger
        ApiClient alice = given.auditor();
        Resident guardian = given.green();
        ApiClient.Response added = guardian.client().post("/api/me/dependants", aChild().registration());
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        UUID child = UUID.fromString(added.json().get("id").asString());
        guardian.client().put("/api/me/dependants/" + child + "/declaration", cleanDeclaration());
        given.decide(new Resident(child, guardian.client()), "YELLOW", alice, null);
        Resident stranger = given.green();

        // when
        ApiClient.Response forChild = guardian.client()
                .post("/api/me/appeals", Map.of("residentId", child, "statement", "My child was at home all week."));
        ApiClient.Response forSomeoneElse = stranger.client()
                .post("/api/me/appeals", Map.of("residentId", child, "statement", "Appealing for a stranger here."));

        // then
        assertThat(forChild.status()).as(forChild.body()).isEqualTo(201);
        assertThat(forChild.json().get("residentId").asString()).isEqualTo(child.toString());
        assertThat(forSomeoneElse.status()).isIn(403, 404);
        assertThat(guardian.client().get("/api/me/appeals").json()).hasSize(1);
    }

    @Test
    void the_history_shows_the_appeal_and_the_colour_then_and_no_table_holds_the_statement_in_clear() {
        // given a yellow resident whose appeal was upheld
        ApiClient alice = given.auditor();
        ApiClient carol = given.auditor();
        Resident resident = given.green();
        given.decide(resident, "YELLOW", alice, null);
        clock.advance(Duration.ofMinutes(1));
        Instant whileYellow = clock.instant();
        clock.advance(Duration.ofMinutes(1));
        String statement = "Statement-" + UUID.randomUUID() + " about my neighbour 王小明";
        String reason = "Reason-" + UUID.randomUUID();
        String appeal = given.file(resident, statement).json().get("id").asString();
        given.resolve(carol, appeal, "UPHELD", reason);

        // when
        JsonNode then =
                resident.client().get("/api/me/history?at=" + whileYellow).json();
        ApiClient.Response auditorView = carol.get("/api/reviews/residents/" + resident.id() + "/appeals");

        // then the colour then is yellow, the auditor sees the appeal and its outcome
        assertThat(then.get("colour").asString()).isEqualTo("YELLOW");
        assertThat(auditorView.status()).isEqualTo(200);
        assertThat(auditorView.json().get(0).get("appeal").get("statement").asString())
                .isEqualTo(statement);
        assertThat(auditorView.json().get(0).get("appeal").get("state").asString())
                .isEqualTo("UPHELD");

        // and neither the statement nor the reason is stored in clear anywhere
        String everyRow = allRowsAsText();
        for (String secret : List.of(statement, reason, "王小明")) {
            String lower = secret.toLowerCase(Locale.ROOT);
            assertThat(everyRow).doesNotContain(lower).doesNotContain(hexOf(secret));
        }
    }

    private static JsonNode inQueue(ApiClient auditor, String appealId) {
        for (JsonNode queued : auditor.get("/api/reviews/appeals?limit=500").json()) {
            if (queued.get("appeal").get("id").asString().equals(appealId)) {
                return queued;
            }
        }
        return null;
    }

    private Map<String, Object> positive() {
        return Map.of(
                "tube",
                "T-" + UUID.randomUUID(),
                "tubeKind",
                "SINGLE",
                "result",
                "POSITIVE",
                "sampledAt",
                clock.instant().minusSeconds(3600).toString(),
                "reportedAt",
                clock.instant().toString(),
                "lab",
                "lab-1");
    }

    private String allRowsAsText() {
        List<String> tables = jdbc.sql("select tablename from pg_tables where schemaname = 'public'")
                .query(String.class)
                .list();
        assertThat(tables).contains("appeal", "fact");
        StringBuilder text = new StringBuilder();
        for (String table : tables) {
            jdbc.sql("select t::text from \"" + table + "\" t")
                    .query(String.class)
                    .list()
                    .forEach(row -> text.append(row).append('\n'));
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    private static String hexOf(String secret) {
        return HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8));
    }
}
