package org.healthcode.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aChild;
import static org.healthcode.testing.SyntheticPeople.aPerson;
import static org.healthcode.testing.SyntheticPeople.cleanDeclaration;
import static org.healthcode.testing.SyntheticPeople.feverDeclaration;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.healthcode.codes.CodeVerifier;
import org.healthcode.codes.HealthCode;
import org.healthcode.codes.NegativeWithin;
import org.healthcode.codes.TestResult;
import org.healthcode.facts.FactKind;
import org.healthcode.facts.FactStore;
import org.healthcode.facts.NewFact;
import org.healthcode.rules.ColourChanges;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A resident shows their screen code; staff at a checkpoint verify it and the server's current colour decides. */
class CheckpointJourneyTest extends IntegrationTest {

    @Autowired
    Journeys journeys;

    @Autowired
    FactStore facts;

    @Autowired
    ColourChanges colourChanges;

    @Autowired
    CodeVerifier verifier;

    @Autowired
    MutableClock clock;

    @Test
    void a_green_resident_gets_a_code_that_a_checkpoint_allows_with_the_masked_name() {
        // given a registered resident whose clean declaration passed the audit
        ApiClient resident = greenResident();
        ApiClient staff = journeys.staff(client(), "VENUE_OPERATOR");

        // when they show their code and staff verify it
        ApiClient.Response code = resident.get("/api/me/code");
        ApiClient.Response checked = verify(staff, code.json().get("text").asString());

        // then the code is green and the checkpoint lets them pass
        assertThat(code.status()).as(code.body()).isEqualTo(200);
        assertThat(code.json().get("colour").asString()).isEqualTo("GREEN");
        assertThat(code.json().get("svg").asString()).startsWith("<svg");
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        assertThat(checked.json().get("decision").asString()).isEqualTo("ALLOW");
        assertThat(checked.json().get("colour").asString()).isEqualTo("GREEN");
        assertThat(checked.json().get("colourChanged").asBoolean()).isFalse();
        assertThat(checked.json().get("maskedName").asString())
                .isEqualTo(resident.get("/api/me").json().get("maskedName").asString())
                .isEqualTo(code.json().get("maskedName").asString());
    }

    @Test
    void a_code_shown_again_soon_is_the_same_code_and_is_issued_anew_once_half_its_validity_passed() {
        ApiClient resident = greenResident();
        String first = resident.get("/api/me/code").json().get("text").asString();

        String soon = resident.get("/api/me/code").json().get("text").asString();
        clock.advance(Duration.ofSeconds(31));
        String later = resident.get("/api/me/code").json().get("text").asString();

        assertThat(soon).isEqualTo(first);
        assertThat(later).isNotEqualTo(first);
    }

    @Test
    void an_old_green_code_of_a_resident_since_restricted_shows_yellow_and_is_denied() {
        // given a code issued while the resident was green
        ApiClient resident = greenResident();
        String oldCode = resident.get("/api/me/code").json().get("text").asString();

        // when they declare a fever and an auditor restricts them
        String declaration = resident.put("/api/me/declaration", feverDeclaration())
                .json()
                .get("declarationId")
                .asString();
        ApiClient auditor = journeys.staff(client(), "AUDITOR");
        ApiClient.Response decided = auditor.post(
                "/api/reviews/" + declaration + "/decision",
                Map.of("outcome", "RESTRICT", "category", "SYMPTOMS_NEED_TEST", "reason", "Fever declared"));
        ApiClient.Response checked = verify(auditor, oldCode);

        // then the server's colour wins over the code's
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(checked.json().get("decision").asString()).isEqualTo("DENY");
        assertThat(checked.json().get("colour").asString()).isEqualTo("YELLOW");
        assertThat(checked.json().get("codeColour").asString()).isEqualTo("GREEN");
        assertThat(checked.json().get("colourChanged").asBoolean()).isTrue();
        assertThat(resident.get("/api/me/code").json().get("colour").asString()).isEqualTo("YELLOW");
    }

    @Test
    void a_tampered_code_is_refused_as_bad_signature_or_unreadable() {
        String code = greenResident().get("/api/me/code").json().get("text").asString();
        int at = code.length() / 2;
        String tampered = code.substring(0, at) + (code.charAt(at) == 'A' ? 'B' : 'A') + code.substring(at + 1);

        ApiClient.Response checked = verify(journeys.staff(client(), "SAMPLER"), tampered);

        assertThat(checked.code()).isIn("bad-signature", "unreadable");
        assertThat(checked.body()).doesNotContain(tampered);
    }

    @Test
    void a_screenshot_of_a_code_is_refused_online_a_few_seconds_after_the_code_expired() {
        ApiClient.Response issued = greenResident().get("/api/me/code");
        String code = issued.json().get("text").asString();
        Instant expiresAt = Instant.parse(issued.json().get("expiresAt").asString());
        ApiClient staff = journeys.staff(client(), "LAB");

        clock.advance(Duration.between(clock.instant(), expiresAt).plusSeconds(6));
        ApiClient.Response checked = verify(staff, code);

        assertThat(checked.status()).isEqualTo(422);
        assertThat(checked.code()).isEqualTo("expired");
    }

    @Test
    void a_resident_without_an_audited_declaration_has_no_code() {
        ApiClient resident = client();
        journeys.register(resident, aPerson());

        ApiClient.Response code = resident.get("/api/me/code");

        assertThat(code.status()).isEqualTo(409);
        assertThat(code.code()).isEqualTo("code-not-issuable");
    }

    @Test
    void a_guardian_sees_a_dependants_code_and_a_stranger_does_not() {
        ApiClient guardian = client();
        journeys.register(guardian, aPerson());
        String dependantId = guardian.post("/api/me/dependants", aChild().registration())
                .json()
                .get("id")
                .asString();
        guardian.put("/api/me/dependants/" + dependantId + "/declaration", cleanDeclaration());
        ApiClient stranger = client();
        journeys.register(stranger, aPerson());

        ApiClient.Response own = guardian.get("/api/me/dependants/" + dependantId + "/code");
        ApiClient.Response foreign = stranger.get("/api/me/dependants/" + dependantId + "/code");

        assertThat(own.json().get("colour").asString()).isEqualTo("GREEN");
        assertThat(foreign.code()).isEqualTo("resident-unknown");
    }

    @Test
    void residents_cannot_use_the_checkpoint_and_a_garbled_text_is_unreadable() {
        ApiClient resident = greenResident();
        ApiClient staff = journeys.staff(client(), "EPIDEMIOLOGIST");

        ApiClient.Response asResident = verify(resident, "HCN1:XYZ");
        ApiClient.Response garbled = verify(staff, "not a code");

        assertThat(asResident.status()).isEqualTo(403);
        assertThat(garbled.code()).isEqualTo("unreadable");
    }

    @Test
    void a_recent_negative_test_travels_in_the_code_and_is_shown_at_the_checkpoint() {
        // given a green resident whose negative result was reported an hour ago
        ApiClient resident = client();
        UUID residentId = journeys.register(resident, aPerson());
        resident.put("/api/me/declaration", cleanDeclaration());
        Instant sampled = clock.instant().minus(Duration.ofHours(10));
        facts.record(NewFact.of(
                residentId,
                FactKind.TEST_RESULT_REPORTED,
                Map.of(
                        "tube",
                        "T" + residentId.toString().substring(0, 8).toUpperCase(),
                        "tubeKind",
                        "SINGLE",
                        "result",
                        "NEGATIVE",
                        "sampledAt",
                        sampled.toString(),
                        "reportedAt",
                        clock.instant().minus(Duration.ofHours(1)).toString(),
                        "lab",
                        "test-lab"),
                "lab:test-lab"));
        colourChanges.reevaluate(residentId);

        // when
        String code = resident.get("/api/me/code").json().get("text").asString();
        HealthCode claims = verifier.verify(code).claimsOrThrow();
        ApiClient.Response checked = verify(journeys.staff(client(), "SAMPLER"), code);

        // then
        assertThat(claims.recency().negativeWithin()).contains(NegativeWithin.HOURS_24);
        assertThat(claims.recency().lastResult()).contains(TestResult.NEGATIVE);
        assertThat(checked.json().get("recency").get("negativeWithinHours").asInt())
                .isEqualTo(24);
        assertThat(checked.json().get("recency").get("lastResult").asString()).isEqualTo("NEGATIVE");
    }

    private ApiClient greenResident() {
        ApiClient resident = client();
        journeys.register(resident, aPerson());
        ApiClient.Response declared = resident.put("/api/me/declaration", cleanDeclaration());
        assertThat(declared.status()).as(declared.body()).isEqualTo(200);
        return resident;
    }

    private static ApiClient.Response verify(ApiClient client, String code) {
        return client.post("/api/checkpoint/verify", Map.of("code", code));
    }
}
