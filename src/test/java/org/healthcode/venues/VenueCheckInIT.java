package org.healthcode.venues;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aPerson;
import static org.healthcode.testing.SyntheticPeople.cleanDeclaration;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import org.healthcode.common.Masking;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.BrowserTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.Journeys.StaffLogin;
import org.healthcode.testing.MutableClock;
import org.healthcode.testing.SyntheticPeople.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A resident checks in both ways, in a real (headless) Chromium: on their own phone by the venue's rotating place code,
 * and at another venue's desk where staff scan the resident's screen code. Each browser shows the verdict, and the
 * resident's check-ins list both with the way they were made. Needs Debian's chromium at /usr/bin/chromium.
 */
class VenueCheckInIT extends BrowserTest {

    @Autowired
    Journeys journeys;

    @Autowired
    MutableClock clock;

    @Test
    void a_resident_checks_in_by_the_place_code_and_is_scanned_at_a_desk_and_sees_both_check_ins() {
        // given a green resident, an operator with two venues, and the first venue's rotating place code
        Person person = aPerson();
        ApiClient resident = client();
        journeys.register(resident, person);
        resident.put("/api/me/declaration", cleanDeclaration());
        clock.advance(Duration.ofMinutes(2)); // a phone gets one login code a minute: the phone's own login comes later
        StaffLogin login = journeys.staffLogin(client(), "VENUE_OPERATOR");
        ApiClient operator = client().asStaff(login.username(), login.password());
        String lobby = VenueFixtures.venue(operator, "OFFICE_OR_BUSINESS");
        String desk = VenueFixtures.venue(operator, "SUPERMARKET_OR_MALL");
        String placeCode = operator.get("/api/venues/" + lobby + "/place-codes/rotating")
                .json()
                .get("text")
                .asString();

        // when the resident checks in on their phone with the place code
        Page phone = residentLoggedIn(person);
        phone.navigate(base() + "/me/check-in?lang=en");
        phone.locator("#scan-start").click();
        assertThat(phone.locator("#camera-error")).isVisible(); // a headless browser has no camera: paste instead
        phone.locator("#code-text").fill(placeCode);
        phone.locator("#check-in").click();

        // then the phone shows that they may enter
        assertThat(phone.locator("#result")).isVisible();
        assertThat(phone.locator("#result-decision")).hasClass("decision ALLOW");

        // when staff at the other venue scan the resident's screen code on the scanner page
        String screenCode = resident.get("/api/me/code").json().get("text").asString();
        Page scanner = staffLoggedIn(login);
        scanner.navigate(base() + "/venues/" + desk + "/scan?lang=en");
        scanner.locator("#code-text").fill(screenCode);
        scanner.locator("#check-code").click();

        // then the scanner shows the verdict with the masked name, and the resident sees both check-ins
        assertThat(scanner.locator("#result-decision")).hasClass("decision ALLOW");
        assertThat(scanner.locator("#result-name")).hasText(Masking.name(person.name()));
        JsonNode visits = resident.get("/api/me/check-ins").json();
        assertThat(methodAt(visits, lobby)).containsExactly("ROTATING_CODE");
        assertThat(methodAt(visits, desk)).containsExactly("STAFF_SCAN");
    }

    private static List<String> methodAt(JsonNode visits, String venue) {
        return visits.valueStream()
                .filter(visit -> visit.get("venueId").asString().equals(venue))
                .map(visit -> visit.get("method").asString())
                .toList();
    }

    private Page residentLoggedIn(Person person) {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))
                .newPage();
        page.navigate(base() + "/login?lang=en");
        page.locator("#phone").fill(person.phone());
        page.locator("#send-code").click();
        page.waitForURL("**/login/code**");
        page.locator("#code").fill(journeys.lastCodeFor(person.phone()));
        page.locator("#log-in").click();
        page.waitForURL("**/me**");
        return page;
    }

    private Page staffLoggedIn(StaffLogin login) {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))
                .newPage();
        page.navigate(base() + "/staff/login?lang=en");
        page.locator("#username").fill(login.username());
        page.locator("#password").fill(login.password());
        page.locator("#staff-submit").click();
        page.waitForURL(base() + "/staff");
        return page;
    }
}
