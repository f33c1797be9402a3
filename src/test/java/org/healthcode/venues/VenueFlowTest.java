package org.healthcode.venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aChild;
import static org.healthcode.testing.SyntheticPeople.aPerson;
import static org.healthcode.testing.SyntheticPeople.cleanDeclaration;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Flows and crowding: occupancy rises with visitors let in and falls as their stay ends or they check out; a crowding
 * alert is recorded once per crossing; scans per minute per entrance; hourly flows in the region's zone, per venue and
 * per district; and only the venue's people, or health staff for districts, see them.
 */
class VenueFlowTest extends IntegrationTest {

    /** Shanghai's Putuo district: only this test registers venues there, so district figures are exact. */
    /** Hangzhou's Xihu district and its neighbour Binjiang: no other test registers venues there. */
    private static final String XIHU = "330106";

    private static final String BINJIANG = "330108";

    private static final String HANGZHOU = "330100";

    /** The script element that loads Chart.js from this server's webjars (the locator adds the version). */
    private static final Pattern CHART_JS =
            Pattern.compile("<script src=\"(/webjars/chart\\.js/[^\"]*chart\\.umd\\.min\\.js)\"");

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    Journeys journeys;

    @Autowired
    MutableClock clock;

    @Autowired
    CrowdingAlerts crowdingAlerts;

    @Test
    void occupancy_rises_with_each_visitor_let_in_and_falls_when_their_estimated_stay_ends() {
        // given an office (an estimated stay of 60 minutes) with a capacity of 200
        Place office = place("OFFICE_OR_BUSINESS", Map.of());

        // when one visitor comes in, and another half an hour later
        scan(office, greenResident());
        clock.advance(Duration.ofMinutes(30));
        scan(office, greenResident());
        JsonNode both = occupancy(office);
        clock.advance(Duration.ofMinutes(31));
        JsonNode firstGone = occupancy(office);
        clock.advance(Duration.ofMinutes(30));
        JsonNode empty = occupancy(office);

        // then both count until the first one's hour is over, and then neither
        assertThat(both.get("occupancy").asLong()).isEqualTo(2);
        assertThat(both.get("capacity").asInt()).isEqualTo(200);
        assertThat(both.get("share").asDouble()).isEqualTo(0.01);
        assertThat(both.get("level").asString()).isEqualTo("NORMAL");
        assertThat(firstGone.get("occupancy").asLong()).isEqualTo(1);
        assertThat(empty.get("occupancy").asLong()).isZero();
    }

    @Test
    void
            a_visitor_who_checks_out_stops_counting_with_the_dependants_scanned_with_them_and_refused_people_never_count() {
        // given a guardian scanned in with their child, and a station that refuses an untested visitor
        Place office = place("OFFICE_OR_BUSINESS", Map.of());
        ApiClient guardian = greenResident();
        String childId = dependant(guardian);
        scan(office, Map.of("code", screenCode(guardian), "companions", List.of(childId)));
        Place station = place("PUBLIC_TRANSPORT", Map.of());
        JsonNode refused = scan(station, greenResident());
        String checkInId =
                guardian.get("/api/me/check-ins").json().get(0).get("id").asString();
        long together = occupancy(office).get("occupancy").asLong();

        // when the guardian checks out, twice, and a stranger tries their check-in
        clock.advance(Duration.ofMinutes(5));
        ApiClient.Response checkedOut = guardian.post("/api/me/check-ins/" + checkInId + "/check-out", Map.of());
        ApiClient.Response again = guardian.post("/api/me/check-ins/" + checkInId + "/check-out", Map.of());
        ApiClient.Response stranger = greenResident().post("/api/me/check-ins/" + checkInId + "/check-out", Map.of());

        // then both leave together, the second check-out changes nothing, and the stranger learns nothing
        assertThat(together).isEqualTo(2);
        assertThat(checkedOut.status()).as(checkedOut.body()).isEqualTo(200);
        assertThat(checkedOut.json().get("people").asInt()).isEqualTo(2);
        assertThat(occupancy(office).get("occupancy").asLong()).isZero();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("people").asInt()).isZero();
        assertThat(again.json().get("checkedOutAt").asString())
                .isEqualTo(checkedOut.json().get("checkedOutAt").asString());
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.code()).isEqualTo("check-in-unknown");
        assertThat(guardian.post("/api/me/check-ins/not-a-uuid/check-out", Map.of())
                        .code())
                .isEqualTo("check-in-id-malformed");
        assertThat(refused.get("people").get(0).get("decision").asString()).isEqualTo("DENY");
        assertThat(occupancy(station).get("occupancy").asLong()).isZero();
    }

    @Test
    void a_resident_checks_out_with_the_button_on_their_check_ins_page() {
        // given a resident let in at an office, on their check-ins page
        Place office = place("OFFICE_OR_BUSINESS", Map.of());
        ApiClient resident = greenResident();
        scan(office, resident);
        String checkInId =
                resident.get("/api/me/check-ins").json().get(0).get("id").asString();
        String before = resident.get("/me/check-ins", "text/html").body();

        // when they press "Check out"
        String form = "_csrf=" + journeys.csrfToken(resident, "/me/check-ins");
        ApiClient.Response pressed = resident.postRaw(
                "/me/check-ins/" + checkInId + "/check-out",
                "application/x-www-form-urlencoded",
                form.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        // then they are back on the page, shown as checked out, and no longer count at the office
        assertThat(before).contains("/me/check-ins/" + checkInId + "/check-out");
        assertThat(pressed.status()).isEqualTo(302);
        String after = resident.get("/me/check-ins", "text/html").body();
        assertThat(after).contains("checked-out").doesNotContain("/me/check-ins/" + checkInId + "/check-out");
        assertThat(occupancy(office).get("occupancy").asLong()).isZero();
    }

    @Test
    void a_crowding_alert_is_recorded_once_per_crossing_not_once_per_scan_or_per_look() {
        // given a venue for five and five green residents
        Place office = place("OFFICE_OR_BUSINESS", Map.of("capacity", 5));
        List<ApiClient> visitors =
                IntStream.range(0, 5).mapToObj(n -> greenResident()).toList();

        // when three come in, then a fourth (80%), the operator looks twice, then a fifth (100%)
        visitors.subList(0, 3).forEach(visitor -> scan(office, visitor));
        JsonNode calm = occupancy(office);
        clock.advance(Duration.ofMinutes(1));
        scan(office, visitors.get(3));
        JsonNode busy = occupancy(office);
        occupancy(office);
        List<String> afterBusy = alertLevels(office);
        clock.advance(Duration.ofMinutes(1));
        scan(office, visitors.get(4));
        JsonNode full = occupancy(office);
        occupancy(office);
        List<String> afterFull = alertLevels(office);

        // then one alert per level crossed
        assertThat(calm.get("level").asString()).isEqualTo("NORMAL");
        assertThat(busy.get("level").asString()).isEqualTo("BUSY");
        assertThat(full.get("level").asString()).isEqualTo("FULL");
        assertThat(afterBusy).containsExactly("BUSY");
        assertThat(afterFull).containsExactly("FULL", "BUSY");

        // and when everyone's stay is over, nothing new; when four come back, the rise alerts again
        clock.advance(Duration.ofMinutes(62));
        assertThat(occupancy(office).get("level").asString()).isEqualTo("NORMAL");
        assertThat(alertLevels(office)).containsExactly("FULL", "BUSY");
        visitors.subList(0, 4).forEach(visitor -> scan(office, visitor));
        occupancy(office);
        assertThat(alertLevels(office)).containsExactly("BUSY", "FULL", "BUSY");
    }

    @Test
    void the_sweep_raises_the_alert_without_anyone_looking_at_the_figures() {
        Place pharmacy = place("PHARMACY", Map.of("capacity", 2));

        scan(pharmacy, greenResident());
        scan(pharmacy, greenResident());
        crowdingAlerts.sweep();
        crowdingAlerts.sweep();

        JsonNode alerts = pharmacy.operator()
                .get("/api/venues/" + pharmacy.id() + "/crowding-alerts")
                .json();
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).get("level").asString()).isEqualTo("FULL");
        assertThat(alerts.get(0).get("occupancy").asLong()).isEqualTo(2);
        assertThat(alerts.get(0).get("capacity").asInt()).isEqualTo(2);
    }

    @Test
    void scans_per_minute_are_counted_per_entrance_for_the_last_hour() {
        // given a venue with a North and a South gate
        Place station = place("PUBLIC_TRANSPORT", Map.of());
        Map<String, String> gates = entrances(station);

        // when two people are scanned at the North gate (one of them refused), one at the South gate, one at none
        scan(station, Map.of("code", screenCode(greenResident()), "entranceId", gates.get("North gate")));
        scan(station, Map.of("code", screenCode(greenResident()), "entranceId", gates.get("North gate")));
        scan(station, Map.of("code", screenCode(greenResident()), "entranceId", gates.get("South gate")));
        scan(station, Map.of("code", screenCode(greenResident())));
        JsonNode lastHour = scansPerMinute(station);
        clock.advance(Duration.ofMinutes(61));
        JsonNode anHourLater = scansPerMinute(station);

        // then the busiest entrance comes first, with its minute; an hour later nothing is left
        assertThat(lastHour).hasSize(3);
        assertThat(lastHour.get(0).get("entranceName").asString()).isEqualTo("North gate");
        assertThat(lastHour.get(0).get("entranceId").asString()).isEqualTo(gates.get("North gate"));
        assertThat(lastHour.get(0).get("scans").asLong()).isEqualTo(2);
        JsonNode minute = lastHour.get(0).get("minutes").get(0);
        assertThat(minute.get("scans").asLong()).isEqualTo(2);
        assertThat(minute.get("admitted").asLong()).isZero();
        assertThat(Instant.parse(minute.get("minute").asString()))
                .isEqualTo(clock.instant().minus(Duration.ofMinutes(61)).truncatedTo(ChronoUnit.MINUTES));
        assertThat(names(lastHour)).containsExactlyInAnyOrder("North gate", "South gate", null);
        assertThat(anHourLater).isEmpty();
    }

    @Test
    void hourly_flows_count_arrivals_in_the_local_hours_of_the_region() {
        // given a venue and one arrival now and one an hour later
        Place office = place("OFFICE_OR_BUSINESS", Map.of());
        Instant first = clock.instant();
        scan(office, greenResident());
        clock.advance(Duration.ofHours(1));
        Instant second = clock.instant();
        scan(office, greenResident());

        // when the operator asks for the day of each arrival
        List<Instant> arrivals = List.of(first, second);

        // then each arrival is in the bucket of its local hour in Asia/Shanghai, and no other bucket has any
        for (Instant arrival : arrivals) {
            ZonedDateTime local = arrival.atZone(SHANGHAI);
            JsonNode hours = office.operator()
                    .get("/api/venues/" + office.id() + "/hourly-flow?day=" + local.toLocalDate())
                    .json();
            assertThat(hours).hasSize(24);
            assertThat(hours.get(0).get("hour").asString()).isEqualTo("00:00");
            JsonNode bucket = hours.get(local.getHour());
            assertThat(bucket.get("hour").asString()).isEqualTo("%02d:00".formatted(local.getHour()));
            assertThat(Instant.parse(bucket.get("start").asString()))
                    .isEqualTo(local.truncatedTo(ChronoUnit.HOURS).toInstant());
            assertThat(bucket.get("admitted").asLong()).isEqualTo(1);
            assertThat(total(hours)).isEqualTo(arrivalsOn(arrivals, local));
        }
        assertThat(office.operator()
                        .get("/api/venues/" + office.id() + "/hourly-flow?day=yesterday")
                        .code())
                .isEqualTo("flow-day-malformed");
    }

    @Test
    void the_district_overview_lists_its_venues_with_occupancy_the_most_crowded_first_and_its_hourly_flow() {
        // given two venues in Xihu, one full and one nearly empty, a retired one, and a venue elsewhere
        Place full = place("OFFICE_OR_BUSINESS", Map.of("divisionCode", XIHU, "capacity", 2));
        Place quiet = place("OFFICE_OR_BUSINESS", Map.of("divisionCode", XIHU, "capacity", 10));
        Place retired = place("OFFICE_OR_BUSINESS", Map.of("divisionCode", XIHU));
        retired.operator().post("/api/venues/" + retired.id() + "/retirement", Map.of());
        Place binjiang = place("OFFICE_OR_BUSINESS", Map.of("divisionCode", BINJIANG));
        scan(full, greenResident());
        scan(full, greenResident());
        scan(quiet, greenResident());
        scan(binjiang, greenResident());
        VenueImportFixtures offices = new VenueImportFixtures(client(), journeys);
        ApiClient office = offices.office(HANGZHOU).client();
        ApiClient xihuOffice = offices.office(XIHU).client();

        // when the city's district office looks at Xihu, and at the city of Hangzhou
        JsonNode xihu = office.get("/api/flows/districts/" + XIHU).json();
        JsonNode city = office.get("/api/flows/districts/" + HANGZHOU).json();
        ZonedDateTime now = clock.instant().atZone(SHANGHAI);
        JsonNode hours = office.get("/api/flows/districts/" + XIHU + "/hourly-flow?day=" + now.toLocalDate())
                .json();

        // then Xihu lists its two open venues, the full one most crowded, and the city covers Binjiang too
        assertThat(ids(xihu.get("venues"))).containsExactlyInAnyOrder(full.id(), quiet.id());
        assertThat(xihu.get("occupancy").asLong()).isEqualTo(3);
        assertThat(xihu.get("topCrowded").get(0).get("id").asString()).isEqualTo(full.id());
        assertThat(xihu.get("topCrowded").get(0).get("occupancy").get("level").asString())
                .isEqualTo("FULL");
        assertThat(xihu.get("district").get("name").asString()).contains("西湖");
        assertThat(ids(city.get("venues"))).contains(full.id(), quiet.id(), binjiang.id());
        assertThat(hours.get(now.getHour()).get("admitted").asLong()).isEqualTo(3);
        assertThat(total(hours)).isEqualTo(3);
        // and an office of Xihu alone sees Xihu but neither its neighbour nor the city
        assertThat(xihuOffice.get("/api/flows/districts/" + XIHU).status()).isEqualTo(200);
        assertThat(xihuOffice.get("/api/flows/districts/" + BINJIANG).code()).isEqualTo("flow-district-not-yours");
        assertThat(xihuOffice
                        .get("/api/flows/districts/" + HANGZHOU + "/hourly-flow")
                        .status())
                .isEqualTo(403);
        assertThat(xihuOffice.get("/flows/districts/" + HANGZHOU, "text/html").status())
                .isEqualTo(403);
    }

    @Test
    void figures_are_refused_to_other_operators_and_residents_and_districts_to_all_but_health_staff() {
        Place place = place("OFFICE_OR_BUSINESS", Map.of());
        ApiClient otherOperator = VenueFixtures.operator(client(), journeys);
        ApiClient resident = greenResident();
        List<String> figures = List.of("occupancy", "crowding-alerts", "scans-per-minute", "hourly-flow");

        for (String figure : figures) {
            String path = "/api/venues/" + place.id() + "/" + figure;
            assertThat(otherOperator.get(path).code()).as(path).isEqualTo("not-your-venue");
            assertThat(otherOperator.get(path).status()).as(path).isEqualTo(403);
            assertThat(resident.get(path).status()).as(path).isEqualTo(403);
            assertThat(place.staff().get(path).status()).as(path).isEqualTo(200);
        }
        String district = "/api/flows/districts/310115";
        assertThat(place.operator().get(district).status()).isEqualTo(403);
        assertThat(resident.get(district).status()).isEqualTo(403);
        assertThat(journeys.staff(client(), "EPIDEMIOLOGIST").get(district).status())
                .isEqualTo(200);
        ApiClient officeWithoutDivisions = journeys.staff(client(), "DISTRICT_OFFICE");
        assertThat(officeWithoutDivisions.get("/api/flows/districts/999999").code())
                .isEqualTo("division-unknown");
        assertThat(officeWithoutDivisions.get(district).code()).isEqualTo("flow-district-not-yours");
    }

    @Test
    void the_flow_pages_render_with_chart_js_served_by_this_server() {
        Place place = place("OFFICE_OR_BUSINESS", Map.of("capacity", 1));
        scan(place, greenResident());
        ApiClient office =
                new VenueImportFixtures(client(), journeys).office("310115").client();

        ApiClient.Response venuePage = place.operator().get("/venues/" + place.id() + "/flows", "text/html");
        ApiClient.Response gauge = place.operator().get("/venues/" + place.id() + "/flows/occupancy", "text/html");
        ApiClient.Response districtPage = office.get("/flows/districts/310115", "text/html");
        ApiClient.Response venuesPage = place.operator().get("/venues", "text/html");

        assertThat(venuePage.status()).isEqualTo(200);
        assertThat(venuePage.body())
                .containsPattern(CHART_JS)
                .contains("/webjars/htmx.org/")
                .contains("/js/venue-flows.js")
                .contains("hx-trigger=\"every 5s\"")
                .contains("hourly-chart")
                .contains("entrance-chart");
        assertThat(gauge.body()).contains("FULL").contains("<meter");
        assertThat(districtPage.status()).isEqualTo(200);
        assertThat(districtPage.body())
                .containsPattern(CHART_JS)
                .contains("district-hourly-chart")
                .contains(place.id());
        assertThat(venuesPage.body()).contains("/venues/" + place.id() + "/flows");
        Matcher script = CHART_JS.matcher(districtPage.body());
        assertThat(script.find()).isTrue();
        ApiClient.Response chartJs = client().get(script.group(1), "*/*");
        assertThat(chartJs.status()).isEqualTo(200);
        assertThat(chartJs.body()).contains("Chart");
        assertThat(client().get("/js/venue-flows.js", "*/*").status()).isEqualTo(200);
    }

    /** A venue, its operator and a staff member assigned to it. */
    record Place(String id, ApiClient operator, ApiClient staff) {}

    private Place place(String category, Map<String, Object> changes) {
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        ApiClient.Response registered = operator.post("/api/venues", VenueFixtures.registration(category, changes));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = registered.json().get("id").asString();
        Journeys.StaffLogin login = journeys.staffLogin(client(), "VENUE_STAFF");
        operator.post("/api/venues/" + id + "/staff", Map.of("username", login.username()));
        return new Place(id, operator, client().asStaff(login.username(), login.password()));
    }

    private ApiClient greenResident() {
        ApiClient resident = client();
        journeys.register(resident, aPerson());
        assertThat(resident.put("/api/me/declaration", cleanDeclaration()).status())
                .isEqualTo(200);
        return resident;
    }

    private static String dependant(ApiClient guardian) {
        String id = guardian.post("/api/me/dependants", aChild().registration())
                .json()
                .get("id")
                .asString();
        guardian.put("/api/me/dependants/" + id + "/declaration", cleanDeclaration());
        return id;
    }

    private static String screenCode(ApiClient resident) {
        return resident.get("/api/me/code").json().get("text").asString();
    }

    private static JsonNode scan(Place place, ApiClient visitor) {
        return scan(place, Map.of("code", screenCode(visitor)));
    }

    private static JsonNode scan(Place place, Map<String, Object> body) {
        ApiClient.Response scanned = place.staff().post("/api/venues/" + place.id() + "/scans", new HashMap<>(body));
        assertThat(scanned.status()).as(scanned.body()).isEqualTo(200);
        return scanned.json();
    }

    private static JsonNode occupancy(Place place) {
        ApiClient.Response answer = place.operator().get("/api/venues/" + place.id() + "/occupancy");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> alertLevels(Place place) {
        List<String> levels = new ArrayList<>();
        place.operator()
                .get("/api/venues/" + place.id() + "/crowding-alerts")
                .json()
                .forEach(alert -> levels.add(alert.get("level").asString()));
        return levels;
    }

    private static JsonNode scansPerMinute(Place place) {
        return place.operator()
                .get("/api/venues/" + place.id() + "/scans-per-minute")
                .json();
    }

    private static Map<String, String> entrances(Place place) {
        Map<String, String> byName = new HashMap<>();
        place.operator()
                .get("/api/venues/" + place.id())
                .json()
                .get("entrances")
                .forEach(entrance -> byName.put(
                        entrance.get("name").asString(), entrance.get("id").asString()));
        return byName;
    }

    private static List<String> names(JsonNode entrances) {
        List<String> names = new ArrayList<>();
        entrances.forEach(entrance -> names.add(
                entrance.get("entranceName").isNull()
                        ? null
                        : entrance.get("entranceName").asString()));
        return names;
    }

    private static List<String> ids(JsonNode venues) {
        List<String> ids = new ArrayList<>();
        venues.forEach(venue -> ids.add(venue.get("id").asString()));
        return ids;
    }

    private static long total(JsonNode hours) {
        long total = 0;
        for (JsonNode hour : hours) {
            total += hour.get("admitted").asLong() + hour.get("refused").asLong();
        }
        return total;
    }

    private static long arrivalsOn(List<Instant> arrivals, ZonedDateTime day) {
        return arrivals.stream()
                .filter(arrival -> arrival.atZone(SHANGHAI).toLocalDate().equals(day.toLocalDate()))
                .count();
    }
}
