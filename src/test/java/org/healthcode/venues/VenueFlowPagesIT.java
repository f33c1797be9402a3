package org.healthcode.venues;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aPerson;
import static org.healthcode.testing.SyntheticPeople.cleanDeclaration;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.util.Map;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.BrowserTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.Journeys.StaffLogin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A venue's operator on the flow page, in a real (headless) Chromium: Chart.js loads from this server's webjars under
 * the page's security policy and draws the hourly chart from the API, and the htmx-polled gauge turns FULL when the
 * venue fills up without the page being reloaded. Needs Debian's chromium at /usr/bin/chromium.
 */
class VenueFlowPagesIT extends BrowserTest {

    @Autowired
    Journeys journeys;

    @Test
    void the_operator_sees_the_hourly_chart_drawn_and_the_gauge_turn_full_as_visitors_come_in() {
        // given a venue for two with one visitor, and its operator on the flow page
        StaffLogin login = journeys.staffLogin(client(), "VENUE_OPERATOR");
        ApiClient operator = client().asStaff(login.username(), login.password());
        String venue = VenueFixtures.venue(operator, "OFFICE_OR_BUSINESS", Map.of("capacity", 2));
        admit(operator, venue);
        Page page = flowPage(login, venue);

        // when Chart.js has drawn the hourly chart, and a second visitor comes in
        page.waitForFunction("() => window.Chart && Chart.getChart(document.getElementById('hourly-chart'))");
        Object drawn = page.evaluate("() => Chart.getChart(document.getElementById('hourly-chart'))"
                + ".data.datasets[0].data.reduce((sum, n) => sum + n, 0)");
        assertThat(page.locator("#gauge .crowding")).hasAttribute("data-level", "NORMAL");
        admit(operator, venue);

        // then the chart counts the first arrival, and the gauge refreshes itself to FULL with an alert
        assertThat(((Number) drawn).intValue()).isEqualTo(1);
        assertThat(page.locator("#gauge .crowding")).hasAttribute("data-level", "FULL");
        assertThat(page.locator("#gauge #occupancy")).hasText("2");
        assertThat(page.locator("#gauge .crowding-alerts li")).hasCount(1);
    }

    private void admit(ApiClient operator, String venue) {
        ApiClient resident = client();
        journeys.register(resident, aPerson());
        resident.put("/api/me/declaration", cleanDeclaration());
        String code = resident.get("/api/me/code").json().get("text").asString();
        ApiClient.Response scanned = operator.post("/api/venues/" + venue + "/scans", Map.of("code", code));
        assertThat(scanned.status()).as(scanned.body()).isEqualTo(200);
    }

    private Page flowPage(StaffLogin login, String venue) {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))
                .newPage();
        String base = "http://127.0.0.1:" + port;
        page.navigate(base + "/staff/login?lang=en");
        page.locator("#username").fill(login.username());
        page.locator("#password").fill(login.password());
        page.locator("#staff-submit").click();
        page.waitForURL(base + "/staff");
        page.navigate(base + "/venues/" + venue + "/flows");
        page.waitForLoadState();
        return page;
    }
}
