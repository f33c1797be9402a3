package org.healthcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aPerson;
import static org.healthcode.testing.SyntheticPeople.cleanDeclaration;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.healthcode.facts.FactKind;
import org.healthcode.facts.FactStore;
import org.healthcode.facts.NewFact;
import org.healthcode.residents.Residents;
import org.healthcode.status.Colour;
import org.healthcode.status.Statuses;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Previewing and activating a new rule-set version. The test classpath holds {@code rules/310000/v2.yml}, which makes
 * pooled positives red from the year 2999, so activating it here changes no colour elsewhere.
 */
class RuleSetActivationTest extends IntegrationTest {

    private static final Instant VERSION_2_EFFECTIVE = Instant.parse("2999-01-01T00:00:00Z");

    @Autowired
    Journeys journeys;

    @Autowired
    MutableClock clock;

    @Autowired
    FactStore facts;

    @Autowired
    ColourChanges changes;

    @Autowired
    Statuses statuses;

    @Autowired
    Residents residents;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_administrator_previews_the_shifts_per_district_then_activates_once_with_who_and_when_recorded() {
        // given a resident pending review after a positive pooled tube (yellow under version 1)
        ApiClient resident = client();
        UUID id = journeys.register(resident, aPerson());
        resident.put("/api/me/declaration", cleanDeclaration());
        facts.record(NewFact.of(id, FactKind.TEST_RESULT_REPORTED, pooledPositive(), "system:test"));
        changes.reevaluate(id);
        ApiClient admin = client().asStaff("admin", "test-admin-password-1");
        String district = residents.view(id).homeDivision();

        // when the administrator previews version 2
        ApiClient.Response impact = admin.get("/api/admin/rule-sets/310000/2/impact");

        // then the resident's district shows people going from yellow to red, and nothing changed yet
        assertThat(impact.status()).as(impact.body()).isEqualTo(200);
        assertThat(impact.json().get("shifts").values().stream())
                .anySatisfy(shift -> assertShift(shift, district, "YELLOW", "RED"));
        assertThat(statuses.current(id).colour()).contains(Colour.YELLOW);

        // when the administrator activates it, twice, and asks for a version that does not exist
        ApiClient.Response activated = admin.post("/api/admin/rule-sets/310000/2/activation", Map.of());
        ApiClient.Response again = admin.post("/api/admin/rule-sets/310000/2/activation", Map.of());
        ApiClient.Response unknown = admin.get("/api/admin/rule-sets/310000/99/impact");

        // then it is recorded once, with who and when, and everyone is due when it takes effect
        assertThat(activated.status()).as(activated.body()).isEqualTo(204);
        assertThat(again.code()).isEqualTo("rule-set-already-active");
        assertThat(unknown.code()).isEqualTo("rule-set-unknown");
        assertThat(jdbc.sql("select activated_by from rule_set_activation where region = '310000' and version = 2")
                        .query(String.class)
                        .single())
                .isEqualTo("staff:admin");
        assertThat(changes.nextEvaluationAt(id)).contains(VERSION_2_EFFECTIVE);
        assertThat(statuses.current(id).colour()).contains(Colour.YELLOW);
    }

    @Test
    void residents_and_auditors_cannot_preview_or_activate() {
        ApiClient auditor = journeys.staff(client(), "AUDITOR");

        assertThat(auditor.get("/api/admin/rule-sets/310000/2/impact").status()).isEqualTo(403);
    }

    private static void assertShift(JsonNode shift, String district, String from, String to) {
        assertThat(shift.get("district").asString()).isEqualTo(district);
        assertThat(shift.get("from").asString()).isEqualTo(from);
        assertThat(shift.get("to").asString()).isEqualTo(to);
        assertThat(shift.get("people").asInt()).isPositive();
    }

    private Map<String, Object> pooledPositive() {
        Instant now = clock.instant();
        return Map.of(
                "tube",
                "M-" + UUID.randomUUID(),
                "tubeKind",
                "MIXED",
                "result",
                "POSITIVE",
                "sampledAt",
                now.minusSeconds(3600).toString(),
                "reportedAt",
                now.toString(),
                "lab",
                "lab-1");
    }
}
