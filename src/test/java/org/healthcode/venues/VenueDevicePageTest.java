package org.healthcode.venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aPerson;
import static org.healthcode.testing.SyntheticPeople.cleanDeclaration;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Operators register and revoke scanning devices on their venues page: the secret is shown in the registration's
 * answer only, the device signs scans with it until it is revoked there, and bad forms show their error codes.
 */
class VenueDevicePageTest extends IntegrationTest {

    private static final Pattern SECRET = Pattern.compile("id=\"device-secret\">([^<]*)<");
    private static final Pattern DEVICE_ID = Pattern.compile("id=\"device-id\">([^<]*)<");

    @Autowired
    Journeys journeys;

    @Autowired
    MutableClock clock;

    @Test
    void an_operator_registers_a_device_through_the_page_and_sees_its_secret_only_in_that_answer() {
        // given a venue and its operator on the venues page
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        String venue = VenueFixtures.venue(operator, "OFFICE_OR_BUSINESS");
        String entrance = firstEntrance(operator, venue);

        // when the operator registers a device at the north gate
        ApiClient.Response registered =
                registerDevice(operator, venue, "label=North+gate+sentinel&entranceId=" + entrance);

        // then the answer shows the secret, the device id and the scheme once; the page afterwards lists the device
        assertThat(registered.status()).isEqualTo(200);
        String secret = found(SECRET, registered.body());
        assertThat(secret).matches("[A-Za-z0-9_-]{43}");
        assertThat(found(DEVICE_ID, registered.body())).matches("[0-9a-f-]{36}");
        assertThat(registered.body()).contains("HC-DEVICE-HMAC-SHA256").contains("cannot be shown again");
        String page = operator.get("/venues", "text/html").body();
        assertThat(page).doesNotContain(secret).doesNotContain("device-secret");
        assertThat(row(page, found(DEVICE_ID, registered.body())))
                .contains("North gate sentinel")
                .contains("North gate")
                .contains("Active");
    }

    @Test
    void a_device_registered_on_the_page_signs_scans_until_it_is_revoked_on_the_page() {
        // given a device registered on the page and a green resident
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        String venue = VenueFixtures.venue(operator, "OTHER");
        ApiClient.Response registered = registerDevice(operator, venue, "label=Desk");
        String deviceId = found(DEVICE_ID, registered.body());
        DeviceScanClient device = new DeviceScanClient(port, deviceId, found(SECRET, registered.body()));
        String code = greenResidentCode();

        // when the device scans, the operator revokes it on the page, and the device scans again
        DeviceScanClient.Answer before = device.send(device.sign(Map.of("code", code), clock.instant()));
        ApiClient.Response revoked = postForm(operator, revocation(venue, deviceId), "");
        DeviceScanClient.Answer after = device.send(device.sign(Map.of("code", code), clock.instant()));

        // then the first scan is let in, the second is refused as revoked, and the page shows the device revoked
        assertThat(before.status()).as(String.valueOf(before.json())).isEqualTo(200);
        assertThat(before.json().get("people").get(0).get("method").asString()).isEqualTo("DEVICE");
        assertThat(revoked.status()).isEqualTo(302);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.code()).isEqualTo("device-key-revoked");
        assertThat(row(operator.get("/venues", "text/html").body(), deviceId))
                .contains("Revoked")
                .doesNotContain("/revocation");
    }

    @Test
    void another_operator_can_neither_revoke_a_device_nor_register_one_and_sees_the_code() {
        // given a device of one operator's venue
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        String venue = VenueFixtures.venue(operator, "OTHER");
        String deviceId =
                found(DEVICE_ID, registerDevice(operator, venue, "label=Gate").body());
        ApiClient stranger = VenueFixtures.operator(client(), journeys);

        // when another operator posts the page's revocation and registration forms for it
        ApiClient.Response revoking = postForm(stranger, revocation(venue, deviceId), "");
        ApiClient.Response registering = registerDevice(stranger, venue, "label=Intruder");

        // then both are refused with the code shown, the device stays active and no device is added
        assertThat(revoking.status()).isEqualTo(200);
        assertThat(revoking.body()).contains("not-the-venue-operator");
        assertThat(registering.body()).contains("not-the-venue-operator").doesNotContain("device-secret");
        JsonNode devices = operator.get("/api/venues/" + venue + "/devices").json();
        assertThat(devices).hasSize(1);
        assertThat(devices.get(0).get("active").asBoolean()).isTrue();
    }

    static Stream<Arguments> badDeviceForms() {
        return Stream.of(
                Arguments.of("label=+++", "device-label-invalid"),
                Arguments.of("label=" + "x".repeat(101), "device-label-invalid"),
                Arguments.of("label=Gate&entranceId=" + UUID.randomUUID(), "venue-entrance-unknown"),
                Arguments.of("label=Gate&entranceId=not-an-id", "venue-entrance-unknown"));
    }

    @ParameterizedTest
    @MethodSource("badDeviceForms")
    void a_bad_device_form_shows_its_code_and_registers_nothing(String form, String code) {
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        String venue = VenueFixtures.venue(operator, "OTHER");

        ApiClient.Response refused = registerDevice(operator, venue, form);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains(code).doesNotContain("device-secret");
        assertThat(operator.get("/api/venues/" + venue + "/devices").json()).isEmpty();
    }

    @Test
    void a_retired_venue_registers_no_device_on_the_page() {
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        String venue = VenueFixtures.venue(operator, "OTHER");
        operator.post("/api/venues/" + venue + "/retirement", Map.of());

        ApiClient.Response refused = registerDevice(operator, venue, "label=Late+gate");

        assertThat(refused.body()).contains("venue-retired").doesNotContain("device-secret");
        assertThat(operator.get("/api/venues/" + venue + "/devices").json()).isEmpty();
    }

    private ApiClient.Response registerDevice(ApiClient operator, String venue, String form) {
        return postForm(operator, "/venues/" + venue + "/devices", form);
    }

    private ApiClient.Response postForm(ApiClient client, String path, String form) {
        String token = URLEncoder.encode(journeys.csrfToken(client, "/venues"), StandardCharsets.UTF_8);
        String body = form.isEmpty() ? "_csrf=" + token : form + "&_csrf=" + token;
        return client.postRaw(path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
    }

    private static String revocation(String venue, String deviceId) {
        return "/venues/" + venue + "/devices/" + deviceId + "/revocation";
    }

    private static String firstEntrance(ApiClient operator, String venue) {
        return operator.get("/api/venues/" + venue)
                .json()
                .get("entrances")
                .get(0)
                .get("id")
                .asString();
    }

    /** The device's row of the page's device table. */
    private static String row(String page, String deviceId) {
        int start = page.indexOf("id=\"device-" + deviceId + "\"");
        assertThat(start).as("the device's row").isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static String found(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }

    private String greenResidentCode() {
        ApiClient resident = client();
        journeys.register(resident, aPerson());
        assertThat(resident.put("/api/me/declaration", cleanDeclaration()).status())
                .isEqualTo(200);
        return resident.get("/api/me/code").json().get("text").asString();
    }
}
