package org.healthcode.venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.venues.VenueFixtures.registration;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Operators register venues, list theirs, retire them and assign staff; bad input is refused with its code. */
class VenueRegistrationTest extends IntegrationTest {

    @Autowired
    Journeys journeys;

    @Test
    void an_operator_registers_a_venue_with_entrances_and_sees_it_in_their_list() {
        ApiClient operator = VenueFixtures.operator(client(), journeys);

        ApiClient.Response registered = operator.post(
                "/api/venues", registration("PUBLIC_TRANSPORT", Map.of("name", "People's Square Station")));
        JsonNode list = operator.get("/api/venues").json();

        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().get("category").asString()).isEqualTo("PUBLIC_TRANSPORT");
        assertThat(registered.json().get("divisionCode").asString()).isEqualTo("310115");
        assertThat(registered.json().get("entrances")).hasSize(2);
        assertThat(registered.json().get("operated").asBoolean()).isTrue();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("name").asString()).isEqualTo("People's Square Station");
    }

    @Test
    void another_operator_neither_sees_nor_retires_the_venue() {
        String venue = VenueFixtures.venue(VenueFixtures.operator(client(), journeys), "SCHOOL");
        ApiClient stranger = VenueFixtures.operator(client(), journeys);

        assertThat(stranger.get("/api/venues").json()).isEmpty();
        assertThat(stranger.get("/api/venues/" + venue).code()).isEqualTo("not-your-venue");
        assertThat(stranger.post("/api/venues/" + venue + "/retirement", Map.of())
                        .code())
                .isEqualTo("not-the-venue-operator");
    }

    @Test
    void a_retired_venue_is_listed_as_retired() {
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        String venue = VenueFixtures.venue(operator, "OTHER");

        ApiClient.Response retired = operator.post("/api/venues/" + venue + "/retirement", Map.of());

        assertThat(retired.status()).as(retired.body()).isEqualTo(200);
        assertThat(retired.json().get("retiredAt").isNull()).isFalse();
        assertThat(operator.get("/api/venues/" + venue).json().get("retiredAt").isNull())
                .isFalse();
    }

    @Test
    void an_assigned_staff_member_sees_the_venue_but_cannot_register_one() {
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        String venue = VenueFixtures.venue(operator, "PHARMACY");
        Journeys.StaffLogin login = journeys.staffLogin(client(), "VENUE_STAFF");
        ApiClient staff = client().asStaff(login.username(), login.password());

        ApiClient.Response assigned =
                operator.post("/api/venues/" + venue + "/staff", Map.of("username", login.username()));
        ApiClient.Response seen = staff.get("/api/venues");
        ApiClient.Response registering = staff.post("/api/venues", registration("OTHER", Map.of()));

        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(seen.json()).hasSize(1);
        assertThat(seen.json().get(0).get("operated").asBoolean()).isFalse();
        assertThat(registering.status()).isEqualTo(403);
    }

    @Test
    void assigning_an_account_without_the_venue_staff_role_is_refused() {
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        String venue = VenueFixtures.venue(operator, "OTHER");
        Journeys.StaffLogin auditor = journeys.staffLogin(client(), "AUDITOR");

        ApiClient.Response assigned =
                operator.post("/api/venues/" + venue + "/staff", Map.of("username", auditor.username()));

        assertThat(assigned.code()).isEqualTo("venue-staff-unknown");
    }

    @Test
    void a_staff_username_or_device_name_with_a_nul_byte_is_refused_with_its_code() {
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        String venue = VenueFixtures.venue(operator, "OTHER");

        ApiClient.Response assigned =
                operator.post("/api/venues/" + venue + "/staff", Map.of("username", "st\u0000aff"));
        ApiClient.Response device = operator.post("/api/venues/" + venue + "/devices", Map.of("label", "Gate\u00001"));

        assertThat(assigned.code()).isEqualTo("venue-staff-unknown");
        assertThat(device.code()).isEqualTo("device-label-invalid");
        assertThat(operator.get("/api/venues/" + venue + "/devices").json()).isEmpty();
    }

    static Stream<Arguments> badRegistrations() {
        return Stream.of(
                Arguments.of(Map.of("category", "CASINO"), "venue-category-unknown"),
                Arguments.of(Map.of("name", " "), "venue-name-invalid"),
                Arguments.of(Map.of("divisionCode", "31011"), "division-code-malformed"),
                Arguments.of(Map.of("divisionCode", "319999"), "division-unknown"),
                Arguments.of(Map.of("address", ""), "venue-address-invalid"),
                Arguments.of(Map.of("latitude", 91.0), "venue-coordinates-invalid"),
                Arguments.of(Map.of("capacity", 0), "venue-capacity-invalid"),
                Arguments.of(Map.of("entrances", java.util.List.of("Gate", "Gate")), "venue-entrance-invalid"),
                Arguments.of(Map.of("name", "Tea\u0000House"), "venue-name-invalid"),
                Arguments.of(Map.of("address", "1 Road\u0000"), "venue-address-invalid"),
                Arguments.of(Map.of("entrances", java.util.List.of("North\u0000Gate")), "venue-entrance-invalid"));
    }

    @ParameterizedTest
    @MethodSource("badRegistrations")
    void a_bad_registration_is_refused_with_its_code_and_nothing_is_registered(Map<String, Object> bad, String code) {
        ApiClient operator = VenueFixtures.operator(client(), journeys);

        ApiClient.Response refused = operator.post("/api/venues", registration("OTHER", bad));

        assertThat(refused.status()).isIn(400, 422);
        assertThat(refused.code()).isEqualTo(code);
        assertThat(operator.get("/api/venues").json()).isEmpty();
    }

    @Test
    void the_same_name_twice_in_a_division_is_refused_and_an_unknown_venue_is_not_found() {
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        operator.post("/api/venues", registration("OTHER", Map.of("name", "Twin")));

        ApiClient.Response again = operator.post("/api/venues", registration("OTHER", Map.of("name", "Twin")));

        assertThat(again.code()).isEqualTo("venue-exists");
        assertThat(operator.get("/api/venues").json()).hasSize(1);
        assertThat(operator.get("/api/venues/" + UUID.randomUUID()).code()).isEqualTo("venue-unknown");
        assertThat(operator.get("/api/venues/not-a-uuid").code()).isEqualTo("venue-id-malformed");
    }

    @Test
    void an_operator_registers_a_venue_through_the_page_form_and_a_bad_one_shows_its_code() {
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        String token = journeys.csrfToken(operator, "/venues");

        ApiClient.Response posted = postForm(
                operator,
                "category=SCHOOL&name=Form+School&divisionCode=310115&address=2+Road&capacity=300"
                        + "&entrances=East%0AWest&_csrf=" + token);
        ApiClient.Response refused = postForm(
                operator, "category=SCHOOL&name=Other&divisionCode=310115&address=2+Road&capacity=0&_csrf=" + token);

        assertThat(posted.status()).isEqualTo(302);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("venue-capacity-invalid");
        JsonNode venues = operator.get("/api/venues").json();
        assertThat(venues).hasSize(1);
        assertThat(venues.get(0).get("entrances")).hasSize(2);
    }

    private static ApiClient.Response postForm(ApiClient client, String form) {
        return client.postRaw(
                "/venues", "application/x-www-form-urlencoded", form.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void the_operator_page_lists_venues_and_offers_the_registration_form() {
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        VenueFixtures.venue(operator, "SCHOOL");

        ApiClient.Response page = operator.get("/venues", "text/html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("register-venue")
                .contains("Test venue")
                .contains("School");
    }
}
