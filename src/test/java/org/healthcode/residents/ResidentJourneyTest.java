package org.healthcode.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aChild;
import static org.healthcode.testing.SyntheticPeople.aPerson;
import static org.healthcode.testing.SyntheticPeople.anElder;
import static org.healthcode.testing.SyntheticPeople.cleanDeclaration;
import static org.healthcode.testing.SyntheticPeople.feverDeclaration;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.SyntheticPeople.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The resident's way through the API: log in by code, register, declare, see the status; and the auditor's part. */
class ResidentJourneyTest extends IntegrationTest {

    @Autowired
    Journeys journeys;

    @Test
    void a_new_phone_holder_logs_in_unregistered_and_registration_shows_only_masked_data() {
        // given
        Person person = aPerson();
        ApiClient resident = client();

        // when
        ApiClient.Response login = journeys.logIn(resident, person);
        ApiClient.Response registered = resident.post("/api/residents", person.registration());

        // then
        assertThat(login.json().get("registered").asBoolean()).isFalse();
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.body()).doesNotContain(person.idNumber()).doesNotContain(person.phone());
        assertThat(registered.json().get("maskedDocument").asString())
                .isEqualTo(person.idNumber().charAt(0)
                        + "*".repeat(16)
                        + person.idNumber().charAt(17));
        assertThat(registered.json().get("maskedPhone").asString())
                .isEqualTo(
                        person.phone().substring(0, 3) + "****" + person.phone().substring(7));
        assertThat(resident.get("/api/me").json().get("id").asString())
                .isEqualTo(registered.json().get("id").asString());
    }

    @Test
    void a_registered_resident_without_a_declaration_has_no_code_and_is_told_to_declare() {
        ApiClient resident = client();
        journeys.register(resident, aPerson());

        ApiClient.Response status = resident.get("/api/me/status");

        assertThat(status.json().get("colour").asString()).isEqualTo("NONE");
        assertThat(status.json().get("codeIssuable").asBoolean()).isFalse();
        assertThat(status.json().get("reasons").get(0).get("nextStep").asString())
                .isEqualTo("submit-declaration");
    }

    @Test
    void a_clean_declaration_passes_the_audit_at_once_and_the_status_is_green() {
        ApiClient resident = client();
        journeys.register(resident, aPerson());

        ApiClient.Response submitted = resident.put("/api/me/declaration", cleanDeclaration());

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("flags").isEmpty()).isTrue();
        ApiClient.Response status = resident.get("/api/me/status");
        assertThat(status.json().get("colour").asString()).isEqualTo("GREEN");
        assertThat(status.json().get("audit").asString()).isEqualTo("PASSED");
        assertThat(status.json().get("reasons").isEmpty()).isTrue();
    }

    @Test
    void a_flagged_declaration_waits_for_an_auditor_who_restricts_it_with_a_category_and_reason() {
        // given a resident whose declaration reports a fever
        ApiClient resident = client();
        journeys.register(resident, aPerson());
        ApiClient.Response submitted = resident.put("/api/me/declaration", feverDeclaration());
        String declaration = submitted.json().get("declarationId").asString();
        ApiClient auditor = auditor();

        // then it is under review, without a code yet, and in the queue
        assertThat(submitted.json().get("flags").toString()).contains("FEVER", "SYMPTOMS");
        assertThat(resident.get("/api/me/status").json().get("audit").asString())
                .isEqualTo("UNDER_REVIEW");
        assertThat(auditor.get("/api/reviews?limit=500").body()).contains(declaration);

        // when the auditor restricts it
        ApiClient.Response decided = auditor.post(
                "/api/reviews/" + declaration + "/decision",
                Map.of("outcome", "RESTRICT", "category", "SYMPTOMS_NEED_TEST", "reason", "Fever and cough declared"));

        // then the resident is yellow, is told why, and the case left the queue
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        ApiClient.Response status = resident.get("/api/me/status");
        assertThat(status.json().get("colour").asString()).isEqualTo("YELLOW");
        assertThat(status.json().get("reasons").get(0).get("reason").asString()).contains("symptoms that need a test");
        assertThat(auditor.get("/api/reviews?limit=500").body()).doesNotContain(declaration);
    }

    @Test
    void an_auditor_decision_needs_a_reason_and_a_case_is_decided_only_once() {
        ApiClient resident = client();
        journeys.register(resident, aPerson());
        String declaration = resident.put("/api/me/declaration", feverDeclaration())
                .json()
                .get("declarationId")
                .asString();
        ApiClient auditor = auditor();
        String path = "/api/reviews/" + declaration + "/decision";

        ApiClient.Response withoutReason = auditor.post(path, Map.of("outcome", "APPROVE", "reason", " "));
        ApiClient.Response restrictionWithoutCategory =
                auditor.post(path, Map.of("outcome", "RESTRICT", "reason", "needs a test"));
        ApiClient.Response approved = auditor.post(path, Map.of("outcome", "APPROVE", "reason", "Fever explained"));
        ApiClient.Response again = auditor.post(path, Map.of("outcome", "APPROVE", "reason", "Fever explained"));

        assertThat(withoutReason.code()).isEqualTo("review-reason-missing");
        assertThat(restrictionWithoutCategory.code()).isEqualTo("review-category-missing");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(again.code()).isEqualTo("review-already-decided");
        assertThat(resident.get("/api/me/status").json().get("colour").asString())
                .isEqualTo("GREEN");
    }

    @Test
    void a_newer_declaration_cannot_skip_the_open_review_of_an_older_one() {
        ApiClient resident = client();
        journeys.register(resident, aPerson());
        String older = resident.put("/api/me/declaration", feverDeclaration())
                .json()
                .get("declarationId")
                .asString();

        ApiClient.Response newer = resident.put("/api/me/declaration", cleanDeclaration());
        ApiClient.Response late = auditor()
                .post("/api/reviews/" + older + "/decision", Map.of("outcome", "APPROVE", "reason", "Looked fine"));

        assertThat(newer.json().get("flags").toString()).contains("EARLIER_DECLARATION_UNREVIEWED");
        assertThat(late.code()).isEqualTo("review-already-decided");
        assertThat(resident.get("/api/me/status").json().get("audit").asString())
                .isEqualTo("UNDER_REVIEW");
    }

    @Test
    void a_restriction_stays_until_an_auditor_approves_a_later_declaration() {
        // given a restricted resident
        ApiClient resident = client();
        journeys.register(resident, aPerson());
        String fever = resident.put("/api/me/declaration", feverDeclaration())
                .json()
                .get("declarationId")
                .asString();
        ApiClient auditor = auditor();
        auditor.post(
                "/api/reviews/" + fever + "/decision",
                Map.of("outcome", "RESTRICT", "category", "SYMPTOMS_NEED_TEST", "reason", "Fever and cough declared"));

        // when the resident declares again without symptoms
        ApiClient.Response clean = resident.put("/api/me/declaration", cleanDeclaration());

        // then the restriction holds and the new declaration waits for an auditor
        assertThat(clean.json().get("flags").toString()).contains("RESTRICTION_IN_FORCE");
        ApiClient.Response stillRestricted = resident.get("/api/me/status");
        assertThat(stillRestricted.json().get("colour").asString()).isEqualTo("YELLOW");
        assertThat(stillRestricted.json().get("reasons").toString()).contains("review-restricted");

        // when an auditor approves the new declaration, then green
        String cleanId = clean.json().get("declarationId").asString();
        auditor.post(
                "/api/reviews/" + cleanId + "/decision", Map.of("outcome", "APPROVE", "reason", "Tested negative"));
        assertThat(resident.get("/api/me/status").json().get("colour").asString())
                .isEqualTo("GREEN");
    }

    @Test
    void a_dependant_must_be_a_child_or_an_elder_and_a_review_reason_must_be_printable() {
        ApiClient guardian = client();
        journeys.register(guardian, aPerson());

        ApiClient.Response adult = guardian.post("/api/me/dependants", aPerson().registration());
        ApiClient.Response elder = guardian.post("/api/me/dependants", anElder().registration());
        String fever = guardian.put("/api/me/declaration", feverDeclaration())
                .json()
                .get("declarationId")
                .asString();
        ApiClient.Response withNul = auditor()
                .post("/api/reviews/" + fever + "/decision", Map.of("outcome", "APPROVE", "reason", "fine \u0000 now"));

        assertThat(adult.code()).isEqualTo("dependant-age");
        assertThat(elder.status()).isEqualTo(201);
        assertThat(withNul.code()).isEqualTo("review-reason-missing");
    }

    @Test
    void the_same_identity_document_cannot_be_registered_twice() {
        Person first = aPerson();
        journeys.register(client(), first);
        Person second = aPerson();
        ApiClient other = client();
        journeys.logIn(other, second);
        Map<String, Object> sameDocument = new HashMap<>(second.registration());
        sameDocument.put("documentNumber", first.idNumber().toLowerCase());

        ApiClient.Response refused = other.post("/api/residents", sameDocument);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("document-already-registered");
        assertThat(refused.body()).doesNotContain(first.idNumber());
    }

    @Test
    void a_guardian_registers_and_declares_for_a_dependant_whom_nobody_else_can_reach() {
        // given
        ApiClient guardian = client();
        journeys.register(guardian, aPerson());
        Person child = aChild();

        // when
        ApiClient.Response added = guardian.post("/api/me/dependants", child.registration());
        String dependantId = added.json().get("id").asString();
        ApiClient.Response declared =
                guardian.put("/api/me/dependants/" + dependantId + "/declaration", cleanDeclaration());

        // then
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("dependant").asBoolean()).isTrue();
        assertThat(added.json().get("maskedPhone").asString()).isEmpty();
        assertThat(declared.status()).isEqualTo(200);
        assertThat(guardian.get("/api/me/dependants/" + dependantId + "/status")
                        .json()
                        .get("colour")
                        .asString())
                .isEqualTo("GREEN");
        ApiClient stranger = client();
        journeys.register(stranger, aPerson());
        assertThat(stranger.get("/api/me/dependants/" + dependantId + "/status").code())
                .isEqualTo("resident-unknown");
        assertThat(stranger.get("/api/me/dependants/" + UUID.randomUUID() + "/status")
                        .status())
                .isEqualTo(404);
    }

    private ApiClient auditor() {
        ApiClient admin = client().asStaff("admin", "test-admin-password-1");
        String username = "auditor" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000);
        ApiClient.Response created = admin.post(
                "/api/admin/accounts",
                Map.of("username", username, "displayName", "Test Auditor", "roles", java.util.List.of("AUDITOR")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return client().asStaff(username, created.json().get("initialPassword").asString());
    }
}
