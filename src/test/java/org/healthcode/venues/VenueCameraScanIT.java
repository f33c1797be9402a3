package org.healthcode.venues;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aPerson;
import static org.healthcode.testing.SyntheticPeople.cleanDeclaration;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.healthcode.common.Masking;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.BrowserTest;
import org.healthcode.testing.FakeCameraVideo;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.Journeys.StaffLogin;
import org.healthcode.testing.MutableClock;
import org.healthcode.testing.SyntheticPeople.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The camera path of the scanning pages, in a real (headless) Chromium whose fake camera films a QR code: html5-qrcode
 * reads the code from the video, the page posts it, shows the verdict, and the check-in is recorded. The other browser
 * tests have no camera and use the paste box. Needs Debian's chromium at /usr/bin/chromium.
 */
class VenueCameraScanIT extends BrowserTest {

    private static final String DESK = "Camera Desk Mall";
    private static final String LOBBY = "Camera Lobby Office";

    @Autowired
    Journeys journeys;

    @Autowired
    MutableClock clock;

    @TempDir
    Path videos;

    @Test
    void staff_scan_a_green_residents_screen_code_with_the_camera_and_the_check_in_is_recorded() {
        // given a green resident, and a venue whose staff camera films the resident's screen code
        Person person = aPerson();
        ApiClient resident = greenResident(person);
        StaffLogin login = journeys.staffLogin(client(), "VENUE_OPERATOR");
        ApiClient operator = client().asStaff(login.username(), login.password());
        String desk = VenueFixtures.venue(operator, "SUPERMARKET_OR_MALL", Map.of("name", DESK));
        String screenCode = resident.get("/api/me/code").json().get("text").asString();

        try (Browser filming = chromiumFilming(FakeCameraVideo.write(screenCode, videos.resolve("screen.y4m")))) {
            // when staff open the venue's scanner page and start the camera
            Page scanner = staffLoggedIn(filming, login);
            scanner.navigate(base() + "/venues/" + desk + "/scan?lang=en");
            scanner.locator("#scan-start").click();

            // then the page shows the allow verdict of the code it read, with the masked name
            assertThat(scanner.locator("#result-decision"))
                    .hasClass("decision ALLOW", new LocatorAssertions.HasClassOptions().setTimeout(CAMERA_READ_MILLIS));
            assertThat(scanner.locator("#result-decision")).hasText("ALLOW: let pass");
            assertThat(scanner.locator("#result-colour")).hasText("Green");
            assertThat(scanner.locator("#result-reason")).hasText("Green code.");
            assertThat(scanner.locator("#result-name")).hasText(Masking.name(person.name()));
            assertThat(scanner.locator("#camera-error")).isHidden();
            assertThat(scanner.locator("#scan-start")).isHidden();
            assertThat(scanner.locator("#scan-stop")).isVisible();
        }

        // and the resident's check-ins list the staff scan at that venue
        assertThat(methodsAt(resident.get("/api/me/check-ins").json(), desk)).containsExactly("STAFF_SCAN");
    }

    @Test
    void a_resident_checks_in_by_filming_the_venues_place_code_with_their_phone_camera() {
        // given a green resident, and the rotating place code of a venue, filmed by the resident's phone camera
        Person person = aPerson();
        ApiClient resident = greenResident(person);
        clock.advance(Duration.ofMinutes(2)); // a phone gets one login code a minute: the phone's own login comes later
        ApiClient operator = journeys.staff(client(), "VENUE_OPERATOR");
        String lobby = VenueFixtures.venue(operator, "OFFICE_OR_BUSINESS", Map.of("name", LOBBY));
        String placeCode = operator.get("/api/venues/" + lobby + "/place-codes/rotating")
                .json()
                .get("text")
                .asString();

        try (Browser filming = chromiumFilming(FakeCameraVideo.write(placeCode, videos.resolve("place.y4m")))) {
            // when the resident opens the check-in page and starts the camera
            Page phone = residentLoggedIn(filming, person);
            phone.navigate(base() + "/me/check-in?lang=en");
            phone.locator("#scan-start").click();

            // then the phone shows that they may enter that venue
            assertThat(phone.locator("#result-decision"))
                    .hasClass("decision ALLOW", new LocatorAssertions.HasClassOptions().setTimeout(CAMERA_READ_MILLIS));
            assertThat(phone.locator("#result-colour")).hasText("Green");
            assertThat(phone.locator("#result-venue")).hasText(LOBBY);
            assertThat(phone.locator("#result-name")).hasText(Masking.name(person.name()));
        }

        // and the check-in is recorded as made by the place code
        assertThat(methodsAt(resident.get("/api/me/check-ins").json(), lobby)).containsExactly("ROTATING_CODE");
    }

    private ApiClient greenResident(Person person) {
        ApiClient resident = client();
        journeys.register(resident, person);
        resident.put("/api/me/declaration", cleanDeclaration());
        return resident;
    }

    private static List<String> methodsAt(JsonNode visits, String venue) {
        return visits.valueStream()
                .filter(visit -> visit.get("venueId").asString().equals(venue))
                .map(visit -> visit.get("method").asString())
                .toList();
    }

    private BrowserContext cameraContext(Browser filming) {
        BrowserContext context = filming.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        context.grantPermissions(List.of("camera"), new BrowserContext.GrantPermissionsOptions().setOrigin(base()));
        return context;
    }

    private Page residentLoggedIn(Browser filming, Person person) {
        Page page = cameraContext(filming).newPage();
        page.navigate(base() + "/login?lang=en");
        page.locator("#phone").fill(person.phone());
        page.locator("#send-code").click();
        page.waitForURL("**/login/code**");
        page.locator("#code").fill(journeys.lastCodeFor(person.phone()));
        page.locator("#log-in").click();
        page.waitForURL("**/me**");
        return page;
    }

    private Page staffLoggedIn(Browser filming, StaffLogin login) {
        Page page = cameraContext(filming).newPage();
        page.navigate(base() + "/staff/login?lang=en");
        page.locator("#username").fill(login.username());
        page.locator("#password").fill(login.password());
        page.locator("#staff-submit").click();
        page.waitForURL(base() + "/staff");
        return page;
    }
}
