package org.healthcode.venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aPerson;
import static org.healthcode.testing.SyntheticPeople.cleanDeclaration;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A venue's own scanning device checks people in with its key; replays, revoked and unknown keys are refused. */
class DeviceScanTest extends IntegrationTest {

    @Autowired
    Journeys journeys;

    @Autowired
    CheckIns checkIns;

    @Autowired
    MutableClock clock;

    @Test
    void a_device_checks_a_green_visitor_in_with_high_confidence() {
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        String venue = VenueFixtures.venue(operator, "OFFICE_OR_BUSINESS");
        String key = deviceKey(operator, venue, "Gate 1");

        ApiClient.Response scanned = deviceScan(key, requestId(), greenCode());

        assertThat(scanned.status()).as(scanned.body()).isEqualTo(200);
        JsonNode person = scanned.json().get("people").get(0);
        assertThat(person.get("method").asString()).isEqualTo("DEVICE");
        assertThat(person.get("confidence").asString()).isEqualTo("HIGH");
        assertThat(person.get("decision").asString()).isEqualTo("ALLOW");
        assertThat(operator.get("/api/venues/" + venue + "/devices").json()).hasSize(1);
    }

    @Test
    void a_replayed_request_is_refused_and_records_nothing_more() {
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        String venue = VenueFixtures.venue(operator, "OTHER");
        String key = deviceKey(operator, venue, "Desk");
        String requestId = requestId();
        String code = greenCode();

        ApiClient.Response first = deviceScan(key, requestId, code);
        clock.advance(Duration.ofMinutes(11));
        ApiClient.Response replayed = deviceScan(key, requestId, code);

        assertThat(first.status()).isEqualTo(200);
        assertThat(replayed.status()).isEqualTo(409);
        assertThat(replayed.code()).isEqualTo("device-request-replayed");
        assertThat(checkIns.countAt(VenueId.of(venue))).isEqualTo(1);
    }

    @Test
    void revoked_unknown_and_missing_keys_stale_and_malformed_requests_are_refused_with_nothing_recorded() {
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        String venue = VenueFixtures.venue(operator, "OTHER");
        ApiClient.Response registered = operator.post("/api/venues/" + venue + "/devices", Map.of("name", "Old gate"));
        String key = registered.json().get("key").asString();
        String code = greenCode();
        operator.delete("/api/venues/" + venue + "/devices/"
                + registered.json().get("id").asString());
        String live = deviceKey(operator, venue, "New gate");
        Map<String, Object> stale = body(requestId(), code);
        stale.put("sentAt", clock.instant().minus(Duration.ofMinutes(6)).toString());

        assertThat(deviceScan(key, requestId(), code).code()).isEqualTo("device-key-revoked");
        assertThat(deviceScan("hcd_" + UUID.randomUUID(), requestId(), code).code())
                .isEqualTo("device-key-unknown");
        assertThat(client().post("/api/devices/scans", body(requestId(), code)).code())
                .isEqualTo("device-key-unknown");
        assertThat(client().withHeader(DeviceApi.KEY_HEADER, live)
                        .post("/api/devices/scans", stale)
                        .code())
                .isEqualTo("device-request-stale");
        assertThat(deviceScan(live, "short", code).code()).isEqualTo("device-request-malformed");
        assertThat(deviceScan(live, requestId(), "not a code").code()).isEqualTo("unreadable");
        assertThat(checkIns.countAt(VenueId.of(venue))).isZero();
    }

    @Test
    void only_the_operator_manages_devices_and_names_must_be_valid() {
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        String venue = VenueFixtures.venue(operator, "OTHER");
        ApiClient stranger = VenueFixtures.operator(client(), journeys);

        assertThat(stranger.post("/api/venues/" + venue + "/devices", Map.of("name", "Mine"))
                        .code())
                .isEqualTo("not-the-venue-operator");
        assertThat(operator.post("/api/venues/" + venue + "/devices", Map.of("name", " "))
                        .code())
                .isEqualTo("device-name-invalid");
        assertThat(operator.delete("/api/venues/" + venue + "/devices/" + UUID.randomUUID())
                        .code())
                .isEqualTo("device-unknown");
    }

    private String deviceKey(ApiClient operator, String venue, String name) {
        ApiClient.Response registered = operator.post("/api/venues/" + venue + "/devices", Map.of("name", name));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("key").asString();
    }

    private ApiClient.Response deviceScan(String key, String requestId, String code) {
        return client().withHeader(DeviceApi.KEY_HEADER, key).post("/api/devices/scans", body(requestId, code));
    }

    private Map<String, Object> body(String requestId, String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("requestId", requestId);
        body.put("sentAt", clock.instant().toString());
        body.put("code", code);
        return body;
    }

    private static String requestId() {
        return UUID.randomUUID().toString();
    }

    private String greenCode() {
        ApiClient resident = client();
        journeys.register(resident, aPerson());
        resident.put("/api/me/declaration", cleanDeclaration());
        return resident.get("/api/me/code").json().get("text").asString();
    }
}
