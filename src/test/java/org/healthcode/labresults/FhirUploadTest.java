package org.healthcode.labresults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.healthcode.facts.Fact;
import org.healthcode.facts.FactKind;
import org.healthcode.facts.FactStore;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.LabFixtures;
import org.healthcode.testing.LabFixtures.Resident;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Labs send FHIR R4: the real Synthea bundles, one with a SARS-CoV-2 RNA test and one without. */
class FhirUploadTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String WITH_TEST = "Bibi254_Schowalter414_475d72ca-91c7-7211-97e3-f000af33fc04.json";
    private static final String WITHOUT_TEST = "Roland928_Nienow652_13b1a0f2-dceb-37a2-f32b-f0ca6e3b9925.json";

    @Autowired
    Journeys journeys;

    @Autowired
    FactStore facts;

    LabFixtures fixtures;
    LabFixtures.Lab lab;

    @BeforeEach
    void labAndSampler() {
        fixtures = new LabFixtures(client(), journeys);
        lab = fixtures.lab();
    }

    @Test
    void a_bundle_whose_patient_is_a_resident_imports_its_detected_result_as_a_single_tube() {
        // given the real bundle, its patient given a registered resident's identity document
        Resident resident = fixtures.register();
        String bundle = withResidentDocument(read(WITH_TEST), resident.person().idNumber());

        // when the lab uploads it twice
        ApiClient.Response report = postFhir(bundle);
        ApiClient.Response again = postFhir(bundle);

        // then the SARS-CoV-2 RNA observation became one positive single-tube result, once
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("accepted").asLong()).isEqualTo(1);
        List<Fact> results = facts.of(resident.id()).stream()
                .filter(fact -> fact.kind() == FactKind.TEST_RESULT_REPORTED)
                .toList();
        assertThat(results).hasSize(1);
        assertThat(results.get(0).detail())
                .containsEntry("tubeKind", "SINGLE")
                .containsEntry("result", "POSITIVE")
                .containsEntry("sampledAt", "2020-03-07T05:09:23Z")
                .containsEntry("reportedAt", "2020-03-07T05:09:23Z")
                .containsEntry("lab", lab.code());
        assertThat(results.get(0).text("tube").orElseThrow()).matches("FH[0-9A-F]{18}");
        assertThat(again.json().get("accepted").asLong()).isZero();
        assertThat(again.json().get("unchanged").asLong()).isEqualTo(1);
    }

    @Test
    void the_real_bundle_as_it_is_names_no_known_patient_and_is_reported_as_such() {
        ApiClient.Response report = postFhir(read(WITH_TEST));

        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("problems").get(0).get("code").asString()).isEqualTo("patient-unknown");
    }

    @Test
    void the_bundle_without_a_sars_cov_2_test_has_nothing_to_import() {
        ApiClient.Response report = postFhir(read(WITHOUT_TEST));

        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("code").asString()).isEqualTo("nothing-to-import");
        assertThat(report.json().get("accepted").asLong()).isZero();
    }

    @Test
    void an_observation_with_a_specimen_reports_the_result_of_that_sealed_mixed_tube() {
        // given a sealed mixed tube and an Observation naming it as specimen, negative by interpretation
        List<Resident> pool = fixtures.register(2);
        String tube = fixtures.sealedTube(pool);
        Map<String, Object> observation = Map.of(
                "resourceType",
                "Observation",
                "id",
                "obs-" + tube,
                "status",
                "final",
                "code",
                Map.of("coding", List.of(Map.of("system", "http://loinc.org", "code", "94500-6"))),
                "specimen",
                Map.of("identifier", Map.of("value", tube)),
                "effectiveDateTime",
                "2022-04-13T08:00:00+08:00",
                "issued",
                "2022-04-13T20:30:00+08:00",
                "interpretation",
                List.of(Map.of(
                        "coding",
                        List.of(Map.of(
                                "system", "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation",
                                "code", "NEG")))));

        // when it is uploaded on its own
        ApiClient.Response report = postFhir(JSON.writeValueAsString(observation));

        // then both members got a negative mixed-tube result
        assertThat(report.json().get("accepted").asLong()).as(report.body()).isEqualTo(1);
        for (Resident member : pool) {
            assertThat(facts.of(member.id()).stream()
                            .filter(fact -> fact.kind() == FactKind.TEST_RESULT_REPORTED)
                            .map(Fact::detail))
                    .singleElement()
                    .satisfies(detail -> assertThat(detail)
                            .containsEntry("tube", tube)
                            .containsEntry("tubeKind", "MIXED")
                            .containsEntry("result", "NEGATIVE")
                            .containsEntry("sampledAt", "2022-04-13T00:00:00Z"));
        }
    }

    @Test
    void something_that_is_not_fhir_is_refused() {
        ApiClient.Response report = postFhir("{\"resourceType\":\"Nonsense\"}");

        assertThat(report.code()).isEqualTo("fhir-unreadable");
    }

    private ApiClient.Response postFhir(String body) {
        return lab.staff()
                .postRaw("/api/lab/results/fhir", "application/fhir+json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static String withResidentDocument(String bundle, String idNumber) {
        JsonNode root = JSON.readTree(bundle);
        for (JsonNode entry : root.get("entry")) {
            if (entry.get("resource").get("resourceType").asString().equals("Patient")) {
                ArrayNode identifiers = (ArrayNode) entry.get("resource").get("identifier");
                ObjectNode document = identifiers.addObject();
                document.put("system", "urn:healthcode:document:RESIDENT_ID_CARD");
                document.put("value", idNumber);
            }
        }
        return JSON.writeValueAsString(root);
    }

    private static String read(String file) {
        try (InputStream in = FhirUploadTest.class.getResourceAsStream("/lab/synthea-fhir/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException missing) {
            throw new IllegalStateException("test bundle missing: " + file, missing);
        }
    }
}
