package org.healthcode.venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aChild;
import static org.healthcode.testing.SyntheticPeople.aPerson;
import static org.healthcode.testing.SyntheticPeople.cleanDeclaration;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthcode.facts.FactKind;
import org.healthcode.facts.FactStore;
import org.healthcode.facts.NewFact;
import org.healthcode.rules.ColourChanges;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.MutableClock;
import org.healthcode.testing.SyntheticPeople.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Venue staff scan visitors' codes or documents; the entry policy decides; refused scans record nothing. */
class VenueScanTest extends IntegrationTest {

    @Autowired
    Journeys journeys;

    @Autowired
    FactStore facts;

    @Autowired
    ColourChanges colourChanges;

    @Autowired
    CheckIns checkIns;

    @Autowired
    MutableClock clock;

    @Test
    void staff_scan_a_green_visitor_who_is_let_in_and_sees_the_check_in_as_their_own() {
        // given a venue with assigned staff and a green resident
        Place place = place("OFFICE_OR_BUSINESS");
        ApiClient resident = greenResident(aPerson());

        // when staff scan the resident's screen code
        ApiClient.Response scanned = scan(place, Map.of("code", screenCode(resident)));

        // then the answer shows what the door needs, and the check-in is the resident's
        assertThat(scanned.status()).as(scanned.body()).isEqualTo(200);
        JsonNode person = scanned.json().get("people").get(0);
        assertThat(person.get("decision").asString()).isEqualTo("ALLOW");
        assertThat(person.get("reason").asString()).isEqualTo("green");
        assertThat(person.get("colour").asString()).isEqualTo("GREEN");
        assertThat(person.get("method").asString()).isEqualTo("STAFF_SCAN");
        assertThat(person.get("confidence").asString()).isEqualTo("HIGH");
        assertThat(person.get("maskedName").asString())
                .isEqualTo(resident.get("/api/me").json().get("maskedName").asString());
        assertThat(scanned.json().get("venueName").asString()).isNotBlank();
        assertThat(resident.get("/api/me/check-ins")
                        .json()
                        .get(0)
                        .get("venueId")
                        .asString())
                .isEqualTo(place.id());
    }

    @Test
    void an_untested_green_visitor_is_denied_at_public_transport_with_the_reason_and_the_denial_is_recorded() {
        Place station = place("PUBLIC_TRANSPORT");
        ApiClient resident = greenResident(aPerson());

        ApiClient.Response scanned = scan(station, Map.of("code", screenCode(resident)));

        JsonNode person = scanned.json().get("people").get(0);
        assertThat(person.get("decision").asString()).isEqualTo("DENY");
        assertThat(person.get("reason").asString()).isEqualTo("negative-test-required");
        assertThat(resident.get("/api/me/check-ins")
                        .json()
                        .get(0)
                        .get("decision")
                        .asString())
                .isEqualTo("DENY");
    }

    @Test
    void a_tested_green_visitor_is_let_in_at_public_transport_and_a_red_one_is_denied() {
        Place station = place("PUBLIC_TRANSPORT");
        ApiClient tested = client();
        UUID testedId = journeys.register(tested, aPerson());
        tested.put("/api/me/declaration", cleanDeclaration());
        negativeTest(testedId, Duration.ofHours(10));
        ApiClient confirmed = client();
        UUID confirmedId = journeys.register(confirmed, aPerson());
        confirmed.put("/api/me/declaration", cleanDeclaration());
        String redCode = screenCode(confirmed);
        record(
                confirmedId,
                FactKind.CASE_CONFIRMED,
                Map.of("confirmedAt", clock.instant().toString()));

        JsonNode allowed = scan(station, Map.of("code", screenCode(tested)))
                .json()
                .get("people")
                .get(0);
        JsonNode denied =
                scan(station, Map.of("code", redCode)).json().get("people").get(0);

        assertThat(allowed.get("decision").asString()).isEqualTo("ALLOW");
        assertThat(allowed.get("reason").asString()).isEqualTo("green-and-negative-test");
        assertThat(allowed.get("recency").get("negativeWithinHours").asInt()).isEqualTo(24);
        assertThat(denied.get("colour").asString()).isEqualTo("RED");
        assertThat(denied.get("reason").asString()).isEqualTo("colour-not-green");
    }

    @Test
    void a_guardian_checks_in_with_a_dependant_and_a_person_without_a_phone_is_checked_in_by_document() {
        Place mall = place("SUPERMARKET_OR_MALL");
        ApiClient guardian = greenResident(aPerson());
        Person child = aChild();
        String childId = guardian.post("/api/me/dependants", child.registration())
                .json()
                .get("id")
                .asString();
        guardian.put("/api/me/dependants/" + childId + "/declaration", cleanDeclaration());

        JsonNode together = scan(mall, Map.of("code", screenCode(guardian), "companions", List.of(childId)))
                .json();
        clock.advance(Duration.ofMinutes(11));
        JsonNode byDocument = scan(mall, Map.of("documentType", "RESIDENT_ID_CARD", "documentNumber", child.idNumber()))
                .json();

        assertThat(together.get("people")).hasSize(2);
        assertThat(together.get("people").get(1).get("companion").asBoolean()).isTrue();
        assertThat(together.get("people").get(1).get("decision").asString()).isEqualTo("ALLOW");
        assertThat(byDocument.get("people").get(0).get("method").asString()).isEqualTo("ID_DOCUMENT");
        assertThat(byDocument.get("people").get(0).get("maskedName").asString())
                .isEqualTo(together.get("people").get(1).get("maskedName").asString());
        assertThat(checkIns.countAt(VenueId.of(mall.id()))).isEqualTo(3);
    }

    @Test
    void the_same_person_scanned_twice_within_the_window_is_one_check_in() {
        Place place = place("OTHER");
        String code = screenCode(greenResident(aPerson()));

        JsonNode first = scan(place, Map.of("code", code)).json().get("people").get(0);
        JsonNode again = scan(place, Map.of("code", code)).json().get("people").get(0);

        assertThat(again.get("repeated").asBoolean()).isTrue();
        assertThat(again.get("checkInId").asString())
                .isEqualTo(first.get("checkInId").asString());
        assertThat(checkIns.countAt(VenueId.of(place.id()))).isEqualTo(1);
    }

    @Test
    void refused_scans_answer_with_their_codes_and_record_nothing() {
        Place place = place("PHARMACY");
        ApiClient resident = greenResident(aPerson());
        String code = screenCode(resident);
        String tampered = code.substring(0, code.length() - 3) + (code.endsWith("A") ? "B" : "A") + "00";
        ApiClient stranger = journeys.staff(client(), "VENUE_OPERATOR");

        assertThat(scan(place, Map.of()).code()).isEqualTo("scan-malformed");
        assertThat(scan(place, Map.of("code", "garbage")).code()).isEqualTo("unreadable");
        assertThat(scan(place, Map.of("code", tampered)).code()).isIn("bad-signature", "unreadable");
        assertThat(scan(
                                place,
                                Map.of(
                                        "code",
                                        code,
                                        "companions",
                                        List.of(UUID.randomUUID().toString())))
                        .code())
                .isEqualTo("companion-not-dependant");
        assertThat(scan(
                                place,
                                Map.of(
                                        "code",
                                        code,
                                        "entranceId",
                                        UUID.randomUUID().toString()))
                        .code())
                .isEqualTo("venue-entrance-unknown");
        assertThat(scan(place, Map.of("code", code, "drugClass", "VITAMINS")).code())
                .isEqualTo("drug-class-unknown");
        assertThat(scan(
                                place,
                                Map.of(
                                        "documentType",
                                        "RESIDENT_ID_CARD",
                                        "documentNumber",
                                        aPerson().idNumber()))
                        .code())
                .isEqualTo("person-unknown");
        assertThat(stranger.post("/api/venues/" + place.id() + "/scans", Map.of("code", code))
                        .code())
                .isEqualTo("not-your-venue");
        assertThat(place.staff()
                        .post("/api/venues/" + UUID.randomUUID() + "/scans", Map.of("code", code))
                        .code())
                .isEqualTo("venue-unknown");
        assertThat(checkIns.countAt(VenueId.of(place.id()))).isZero();
        assertThat(resident.get("/api/me/check-ins").json()).isEmpty();
    }

    @Test
    void a_retired_venue_refuses_scans_and_a_drug_class_outside_a_pharmacy_is_refused() {
        Place retired = place("OTHER");
        Place shop = place("OTHER");
        String code = screenCode(greenResident(aPerson()));
        retired.operator().post("/api/venues/" + retired.id() + "/retirement", Map.of());

        ApiClient.Response atRetired = scan(retired, Map.of("code", code));
        ApiClient.Response drugAtShop = scan(shop, Map.of("code", code, "drugClass", "FEVER"));

        assertThat(atRetired.status()).isEqualTo(409);
        assertThat(atRetired.code()).isEqualTo("venue-retired");
        assertThat(drugAtShop.code()).isEqualTo("not-a-pharmacy");
        assertThat(checkIns.countAt(VenueId.of(retired.id())) + checkIns.countAt(VenueId.of(shop.id())))
                .isZero();
    }

    @Test
    void the_scanner_page_offers_the_camera_the_paste_box_and_the_document_form() {
        Place place = place("PHARMACY");

        ApiClient.Response page = place.staff().get("/venues/" + place.id() + "/scan", "text/html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("html5-qrcode")
                .contains("venue-scan.js")
                .contains("entry-sound.js")
                .contains("document-form")
                .contains("drug-class");
    }

    /** A venue, its operator and a staff member assigned to it. */
    record Place(String id, ApiClient operator, ApiClient staff) {}

    private Place place(String category) {
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        String id = VenueFixtures.venue(operator, category);
        Journeys.StaffLogin login = journeys.staffLogin(client(), "VENUE_STAFF");
        operator.post("/api/venues/" + id + "/staff", Map.of("username", login.username()));
        return new Place(id, operator, client().asStaff(login.username(), login.password()));
    }

    private static ApiClient.Response scan(Place place, Map<String, Object> body) {
        return place.staff().post("/api/venues/" + place.id() + "/scans", new HashMap<>(body));
    }

    private ApiClient greenResident(Person person) {
        ApiClient resident = client();
        journeys.register(resident, person);
        assertThat(resident.put("/api/me/declaration", cleanDeclaration()).status())
                .isEqualTo(200);
        return resident;
    }

    private static String screenCode(ApiClient resident) {
        return resident.get("/api/me/code").json().get("text").asString();
    }

    private void negativeTest(UUID residentId, Duration ago) {
        Instant sampled = clock.instant().minus(ago);
        record(
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
                        sampled.plus(Duration.ofHours(2)).toString(),
                        "lab",
                        "test-lab"));
    }

    private void record(UUID residentId, FactKind kind, Map<String, Object> detail) {
        facts.record(NewFact.of(residentId, kind, detail, "test"));
        colourChanges.reevaluate(residentId);
    }
}
