package org.healthcode.labresults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.healthcode.facts.FactKind;
import org.healthcode.facts.FactStore;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.LabFixtures;
import org.healthcode.testing.LabFixtures.Resident;
import org.healthcode.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Lab systems send results as JSON, authenticated by a revocable API key; turnaround figures follow. */
class JsonAndKeyUploadTest extends IntegrationTest {

    @Autowired
    Journeys journeys;

    @Autowired
    FactStore facts;

    @Autowired
    MutableClock clock;

    LabFixtures fixtures;
    LabFixtures.Lab lab;

    @BeforeEach
    void labAndSampler() {
        fixtures = new LabFixtures(client(), journeys);
        lab = fixtures.lab();
    }

    @Test
    void one_result_is_accepted_and_a_different_result_for_the_same_tube_is_a_conflict() {
        Resident person = fixtures.register();
        String tube = fixtures.sealedTube(List.of(person));

        ApiClient.Response first = lab.staff().post("/api/lab/results", line(tube, "NEGATIVE", 6, 2));
        ApiClient.Response same = lab.staff().post("/api/lab/results", line(tube, "NEGATIVE", 6, 2));
        ApiClient.Response other = lab.staff().post("/api/lab/results", line(tube, "POSITIVE", 6, 2));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("accepted").asLong()).isEqualTo(1);
        assertThat(same.json().get("unchanged").asLong()).isEqualTo(1);
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.code()).isEqualTo("result-conflict");
        assertThat(facts.of(person.id()).stream().filter(fact -> fact.kind() == FactKind.TEST_RESULT_REPORTED))
                .hasSize(1);
    }

    @Test
    void a_lab_system_uploads_a_batch_with_its_key_until_the_key_is_revoked() {
        // given a key issued by an administrator
        ApiClient admin = client().asStaff("admin", "test-admin-password-1");
        ApiClient.Response issued = admin.post("/api/admin/labs/" + lab.code() + "/keys", Map.of("name", "LIS"));
        String key = issued.json().get("key").asString();
        String keyId = issued.json().get("id").asString();
        List<String> tubes =
                List.of(fixtures.sealedTube(List.of(fixtures.register())), fixtures.sealedTube(fixtures.register(2)));

        // when the lab system sends a batch with the key, and again after the key is revoked
        ApiClient.Response batch = postWithKey(
                key,
                Map.of(
                        "results",
                        List.of(
                                line(tubes.get(0), "NEGATIVE", 30, 20),
                                line(tubes.get(1), "POSITIVE", 12, 2),
                                Map.of("tube", "?"))));
        admin.delete("/api/admin/labs/" + lab.code() + "/keys/" + keyId);
        ApiClient.Response revoked = postWithKey(key, Map.of("results", List.of()));
        ApiClient.Response wrong = postWithKey("hclab_not-a-key", Map.of("results", List.of()));

        // then the batch was accepted row by row, and the revoked or wrong key is refused
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        assertThat(batch.status()).as(batch.body()).isEqualTo(200);
        assertThat(batch.json().get("accepted").asLong()).isEqualTo(2);
        assertThat(batch.json().get("factsRecorded").asInt()).isEqualTo(3);
        assertThat(batch.json().get("problems").get(0).get("code").asString()).isEqualTo("malformed-row");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.code()).isEqualTo("lab-key-invalid");
        assertThat(wrong.code()).isEqualTo("lab-key-invalid");
        assertThat(lab.staff()
                        .get("/api/lab/turnaround")
                        .json()
                        .valueStream()
                        .filter(figure -> figure.get("lab").asString().equals(lab.code()))
                        .findFirst()
                        .orElseThrow()
                        .get("results")
                        .asLong())
                .isEqualTo(2);
    }

    private ApiClient.Response postWithKey(String key, Object body) {
        return client().postWithHeader("/api/lab/results/batch", "X-Lab-Key", key, body);
    }

    private Map<String, Object> line(String tube, String result, int sampledHoursAgo, int reportedHoursAgo) {
        return Map.of(
                "tube", tube, "result", result, "sampledAt", ago(sampledHoursAgo), "reportedAt", ago(reportedHoursAgo));
    }

    private String ago(int hours) {
        return clock.instant()
                .truncatedTo(ChronoUnit.SECONDS)
                .minus(Duration.ofHours(hours))
                .toString();
    }
}
