package org.healthcode.venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aPerson;
import static org.healthcode.testing.SyntheticPeople.cleanDeclaration;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Venue scanning devices: operators register and revoke them; a device's signed scan is decided by the entry policy
 * and recorded as a DEVICE check-in; forged, stale, replayed, revoked, unknown and malformed requests are refused with
 * their codes and record nothing.
 */
class DeviceScanSignedRequestTest extends IntegrationTest {

    @Autowired
    Journeys journeys;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_operator_registers_a_device_and_sees_its_secret_once_and_only_the_operator_may_manage_it() {
        // given a venue and its operator
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        String venue = VenueFixtures.venue(operator, "OFFICE_OR_BUSINESS");
        String entrance = operator.get("/api/venues/" + venue)
                .json()
                .get("entrances")
                .get(0)
                .get("id")
                .asString();

        // when the operator registers a device at an entrance
        ApiClient.Response registered =
                operator.post(devicesOf(venue), Map.of("label", "North gate sentinel", "entranceId", entrance));

        // then the answer carries the secret, the list does not, and others are refused
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().get("secret").asString()).matches("[A-Za-z0-9_-]{43}");
        assertThat(registered.json().get("scheme").asString()).isEqualTo("HC-DEVICE-HMAC-SHA256");
        ApiClient.Response listed = operator.get(devicesOf(venue));
        assertThat(listed.json()).hasSize(1);
        assertThat(listed.json().get(0).get("entranceId").asString()).isEqualTo(entrance);
        assertThat(listed.json().get(0).get("active").asBoolean()).isTrue();
        assertThat(listed.body()).doesNotContain(registered.json().get("secret").asString());
        ApiClient stranger = VenueFixtures.operator(client(), journeys);
        assertThat(stranger.get(devicesOf(venue)).code()).isEqualTo("not-the-venue-operator");
        assertThat(operator.post(devicesOf(venue), Map.of("label", " ")).code()).isEqualTo("device-label-invalid");
        assertThat(operator.post(devicesOf(venue), Map.of("label", "Gate\u00001"))
                        .code())
                .isEqualTo("device-label-invalid");
        assertThat(operator.post(
                                devicesOf(venue),
                                Map.of(
                                        "label",
                                        "x",
                                        "entranceId",
                                        UUID.randomUUID().toString()))
                        .code())
                .isEqualTo("venue-entrance-unknown");
        assertThat(operator.post(devicesOf(venue) + "/" + UUID.randomUUID() + "/revocation", Map.of())
                        .code())
                .isEqualTo("device-unknown");
    }

    @Test
    void a_device_scan_of_a_green_resident_is_recorded_as_a_device_check_in_with_high_confidence() {
        Gate gate = gate("OFFICE_OR_BUSINESS");
        String code = greenResidentCode();

        DeviceScanClient.Answer answer = gate.device().send(gate.device().sign(Map.of("code", code), clock.instant()));

        assertThat(answer.status()).as(String.valueOf(answer.json())).isEqualTo(200);
        JsonNode person = answer.json().get("people").get(0);
        assertThat(person.get("decision").asString()).isEqualTo("ALLOW");
        assertThat(person.get("method").asString()).isEqualTo("DEVICE");
        assertThat(person.get("confidence").asString()).isEqualTo("HIGH");
        assertThat(checkIns(gate.venue())).isEqualTo(1);
    }

    @Test
    void a_request_with_a_bad_signature_or_an_altered_body_is_refused_and_records_nothing() {
        Gate gate = gate("OTHER");
        String code = greenResidentCode();
        DeviceScanClient.Signed signed = gate.device().sign(Map.of("code", code), clock.instant());
        DeviceScanClient impostor = new DeviceScanClient(port, gate.deviceId(), "A".repeat(43));

        DeviceScanClient.Answer altered = gate.device()
                .send(signed.withBody(
                        ("{\"code\":\"" + code + "\",\"companions\":[]}").getBytes(StandardCharsets.UTF_8)));
        DeviceScanClient.Answer forged = impostor.send(impostor.sign(Map.of("code", code), clock.instant()));

        assertThat(altered.status()).isEqualTo(401);
        assertThat(altered.code()).isEqualTo("device-signature-invalid");
        assertThat(forged.code()).isEqualTo("device-signature-invalid");
        assertThat(checkIns(gate.venue())).isZero();
    }

    @Test
    void a_request_stamped_outside_the_tolerance_is_refused_and_records_nothing() {
        Gate gate = gate("OTHER");
        String code = greenResidentCode();

        DeviceScanClient.Answer stale = gate.device()
                .send(gate.device().sign(Map.of("code", code), clock.instant().minus(Duration.ofMinutes(3))));
        DeviceScanClient.Answer early = gate.device()
                .send(gate.device().sign(Map.of("code", code), clock.instant().plus(Duration.ofMinutes(3))));

        assertThat(stale.status()).isEqualTo(401);
        assertThat(stale.code()).isEqualTo("device-timestamp-out-of-tolerance");
        assertThat(early.code()).isEqualTo("device-timestamp-out-of-tolerance");
        assertThat(checkIns(gate.venue())).isZero();
    }

    @Test
    void a_replayed_request_is_refused_even_when_the_copies_arrive_together() throws Exception {
        // given a signed scan already accepted
        Gate gate = gate("OTHER");
        String code = greenResidentCode();
        DeviceScanClient.Signed signed = gate.device().sign(Map.of("code", code), clock.instant());
        assertThat(gate.device().send(signed).status()).isEqualTo(200);

        // when it is sent again, and another signed scan is sent six times at once
        DeviceScanClient.Answer replayed = gate.device().send(signed);
        DeviceScanClient.Signed other = gate.device().sign(Map.of("code", code), clock.instant());
        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<DeviceScanClient.Answer>> copies = new ArrayList<>();
            for (int copy = 0; copy < 6; copy++) {
                copies.add(pool.submit(() -> gate.device().send(other)));
            }
            for (Future<DeviceScanClient.Answer> answer : copies) {
                statuses.add(answer.get().status());
            }
        } finally {
            pool.shutdown();
        }

        // then the replay is refused, exactly one copy passes, and the first scan counts once
        assertThat(replayed.status()).isEqualTo(401);
        assertThat(replayed.code()).isEqualTo("device-request-replayed");
        assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 401);
        assertThat(checkIns(gate.venue())).isEqualTo(1);
    }

    @Test
    void a_revoked_device_and_an_unknown_device_are_refused_and_record_nothing() {
        Gate gate = gate("OTHER");
        String code = greenResidentCode();
        ApiClient.Response revoked =
                gate.operator().post(devicesOf(gate.venue()) + "/" + gate.deviceId() + "/revocation", Map.of());
        DeviceScanClient unknown = new DeviceScanClient(port, UUID.randomUUID().toString(), "A".repeat(43));

        DeviceScanClient.Answer fromRevoked =
                gate.device().send(gate.device().sign(Map.of("code", code), clock.instant()));
        DeviceScanClient.Answer fromUnknown = unknown.send(unknown.sign(Map.of("code", code), clock.instant()));

        assertThat(revoked.json().get("active").asBoolean()).isFalse();
        assertThat(fromRevoked.status()).isEqualTo(401);
        assertThat(fromRevoked.code()).isEqualTo("device-key-revoked");
        assertThat(fromUnknown.status()).isEqualTo(401);
        assertThat(fromUnknown.code()).isEqualTo("device-key-unknown");
        assertThat(checkIns(gate.venue())).isZero();
    }

    @Test
    void a_device_of_a_retired_venue_is_refused_and_records_nothing() {
        Gate gate = gate("OTHER");
        String code = greenResidentCode();
        gate.operator().post("/api/venues/" + gate.venue() + "/retirement", Map.of());

        DeviceScanClient.Answer answer = gate.device().send(gate.device().sign(Map.of("code", code), clock.instant()));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.code()).isEqualTo("venue-retired");
        assertThat(checkIns(gate.venue())).isZero();
    }

    @Test
    void malformed_bodies_and_missing_signing_headers_are_refused_with_their_codes_and_record_nothing() {
        Gate gate = gate("OTHER");
        DeviceScanClient device = gate.device();

        DeviceScanClient.Answer notJson =
                device.send(device.sign("{\"code\":".getBytes(StandardCharsets.UTF_8), clock.instant()));
        DeviceScanClient.Answer empty = device.send(device.sign(new byte[0], clock.instant()));
        DeviceScanClient.Answer neither = device.send(device.sign(Map.of("entranceId", ""), clock.instant()));
        DeviceScanClient.Answer wrongShape =
                device.send(device.sign(Map.of("code", "x", "companions", "not-a-list"), clock.instant()));
        ApiClient.Response unsigned = client().post(DeviceScanClient.PATH, Map.of("code", "x"));

        assertThat(notJson.code()).isEqualTo("scan-malformed");
        assertThat(empty.code()).isEqualTo("scan-malformed");
        assertThat(neither.code()).isEqualTo("scan-malformed");
        assertThat(wrongShape.code()).isEqualTo("scan-malformed");
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(unsigned.code()).isEqualTo("device-authentication-malformed");
        assertThat(checkIns(gate.venue())).isZero();
    }

    /** A venue with a registered device: the venue id, its operator, and the device. */
    record Gate(String venue, ApiClient operator, String deviceId, DeviceScanClient device) {}

    private Gate gate(String category) {
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        String venue = VenueFixtures.venue(operator, category);
        JsonNode registered =
                operator.post(devicesOf(venue), Map.of("label", "Gate 1")).json();
        String deviceId = registered.get("device").get("id").asString();
        return new Gate(
                venue,
                operator,
                deviceId,
                new DeviceScanClient(port, deviceId, registered.get("secret").asString()));
    }

    private String greenResidentCode() {
        ApiClient resident = client();
        journeys.register(resident, aPerson());
        assertThat(resident.put("/api/me/declaration", cleanDeclaration()).status())
                .isEqualTo(200);
        return resident.get("/api/me/code").json().get("text").asString();
    }

    private int checkIns(String venue) {
        return jdbc.sql("select count(*) from check_in where venue_id = ?")
                .param(UUID.fromString(venue))
                .query(Integer.class)
                .single();
    }

    private static String devicesOf(String venue) {
        return "/api/venues/" + venue + "/devices";
    }
}
