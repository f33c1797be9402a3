package org.healthcode.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.cleanDeclaration;

import java.util.List;
import java.util.Map;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.LabFixtures;
import org.healthcode.testing.LabFixtures.Resident;
import org.healthcode.testing.SyntheticPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A sampler opens tubes, binds people by code or identity document, and the binding rules hold. */
class TubeBindingTest extends IntegrationTest {

    @Autowired
    Journeys journeys;

    LabFixtures fixtures;

    @BeforeEach
    void sampler() {
        fixtures = new LabFixtures(client(), journeys);
    }

    @Test
    void a_mixed_tube_fills_up_and_seals_itself_when_full() {
        // given an open 5-in-1 tube and five registered people
        String barcode = LabFixtures.newBarcode();
        fixtures.open(barcode, "MIXED", 5);
        List<Resident> people = fixtures.register(5);

        // when the sampler binds four, then the fifth
        for (Resident person : people.subList(0, 4)) {
            fixtures.bind(barcode, person.person());
        }
        ApiClient.Response fourth = fixtures.sampler().get("/api/sampling/tubes/" + barcode);
        ApiClient.Response fifth = fixtures.bind(barcode, people.get(4).person());

        // then the tube was open with four and sealed itself with the fifth, showing masked names only
        assertThat(fourth.json().get("sealed").asBoolean()).isFalse();
        assertThat(fourth.json().get("maskedNames")).hasSize(4);
        assertThat(fifth.status()).as(fifth.body()).isEqualTo(200);
        assertThat(fifth.json().get("sealed").asBoolean()).isTrue();
        assertThat(fifth.json().get("capacity").asInt()).isEqualTo(5);
        assertThat(fifth.body()).doesNotContain(people.get(4).person().idNumber());
    }

    @Test
    void nobody_can_be_bound_to_a_sealed_tube() {
        String barcode = LabFixtures.newBarcode();
        fixtures.open(barcode, "MIXED", 10);
        fixtures.bind(barcode, fixtures.register().person());
        assertThat(fixtures.seal(barcode).json().get("sealed").asBoolean()).isTrue();

        ApiClient.Response late = fixtures.bind(barcode, fixtures.register().person());

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("tube-sealed");
    }

    @Test
    void a_person_cannot_be_in_two_open_tubes_of_the_same_round_but_can_be_after_sealing() {
        // given a person in an open tube
        Resident person = fixtures.register();
        String first = LabFixtures.newBarcode();
        String second = LabFixtures.newBarcode();
        fixtures.open(first, "MIXED", 10);
        fixtures.open(second, "MIXED", 10);
        fixtures.bind(first, person.person());

        // when they are bound to another open tube, then after the first is sealed
        ApiClient.Response twice = fixtures.bind(second, person.person());
        ApiClient.Response again = fixtures.bind(first, fixtures.register().person());
        fixtures.seal(first);
        ApiClient.Response afterSeal = fixtures.bind(second, person.person());

        // then the first binding is refused, the second (a retest in a new tube) allowed
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("already-in-open-tube");
        assertThat(again.status()).isEqualTo(200);
        assertThat(afterSeal.status()).as(afterSeal.body()).isEqualTo(200);
    }

    @Test
    void the_same_person_twice_in_one_tube_is_refused() {
        Resident person = fixtures.register();
        String barcode = LabFixtures.newBarcode();
        fixtures.open(barcode, "MIXED", 5);
        fixtures.bind(barcode, person.person());

        ApiClient.Response twice = fixtures.bind(barcode, person.person());

        assertThat(twice.code()).isEqualTo("already-in-tube");
    }

    @Test
    void binding_to_an_unknown_tube_or_a_malformed_barcode_is_refused_with_its_code() {
        SyntheticPeople.Person person = fixtures.register().person();

        ApiClient.Response unknown = fixtures.bind(LabFixtures.newBarcode(), person);
        ApiClient.Response malformed = fixtures.bind("abc", person);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("tube-unknown");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("barcode-format");
    }

    @Test
    void a_single_tube_holds_one_person_and_seals_with_them() {
        String barcode = LabFixtures.newBarcode();
        ApiClient.Response opened = fixtures.open(barcode, "SINGLE", null);

        ApiClient.Response bound = fixtures.bind(barcode, fixtures.register().person());

        assertThat(opened.json().get("capacity").asInt()).isEqualTo(1);
        assertThat(bound.json().get("sealed").asBoolean()).isTrue();
    }

    @Test
    void a_pool_size_outside_the_configuration_and_a_reused_barcode_are_refused() {
        String barcode = LabFixtures.newBarcode();

        ApiClient.Response seven = fixtures.open(barcode, "MIXED", 7);
        fixtures.open(barcode, "MIXED", 20);
        ApiClient.Response reused = fixtures.open(barcode, "MIXED", 20);

        assertThat(seven.code()).isEqualTo("pool-size-not-allowed");
        assertThat(reused.code()).isEqualTo("tube-exists");
    }

    @Test
    void a_person_is_bound_by_scanning_their_screen_code() {
        // given a resident showing a screen code
        ApiClient resident = client();
        journeys.register(resident, SyntheticPeople.aPerson());
        assertThat(resident.put("/api/me/declaration", cleanDeclaration()).status())
                .isEqualTo(200);
        String code = resident.get("/api/me/code").json().get("text").asString();
        String barcode = LabFixtures.newBarcode();
        fixtures.open(barcode, "MIXED", 5);

        // when the sampler scans it, and scans garbage
        ApiClient.Response bound =
                fixtures.sampler().post("/api/sampling/tubes/" + barcode + "/members", Map.of("code", code));
        ApiClient.Response garbage =
                fixtures.sampler().post("/api/sampling/tubes/" + barcode + "/members", Map.of("code", "HC1:nonsense"));

        // then the holder is in the tube, shown masked, and garbage is refused
        assertThat(bound.status()).as(bound.body()).isEqualTo(200);
        assertThat(bound.json().get("maskedNames").get(0).asString())
                .isEqualTo(resident.get("/api/me").json().get("maskedName").asString());
        assertThat(garbage.status()).isBetween(400, 499);
    }

    @Test
    void an_unregistered_document_and_an_empty_request_are_refused() {
        String barcode = LabFixtures.newBarcode();
        fixtures.open(barcode, "MIXED", 5);

        ApiClient.Response stranger = fixtures.bind(barcode, SyntheticPeople.aPerson());
        ApiClient.Response nobody = fixtures.sampler().post("/api/sampling/tubes/" + barcode + "/members", Map.of());

        assertThat(stranger.code()).isEqualTo("person-unknown");
        assertThat(nobody.code()).isEqualTo("person-missing");
    }

    @Test
    void only_samplers_reach_the_sampling_api_and_page() {
        ApiClient lab = journeys.staff(client(), "LAB");

        assertThat(lab.get("/api/sampling/sites").status()).isEqualTo(403);
        assertThat(fixtures.sampler().get("/sampling").status()).isEqualTo(200);
        assertThat(fixtures.sampler().get("/sampling").body()).contains("/js/sampling.js");
    }
}
