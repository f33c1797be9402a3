package org.healthcode.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aPerson;
import static org.healthcode.testing.SyntheticPeople.cleanDeclaration;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.Duration;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.BrowserTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.MutableClock;
import org.healthcode.testing.SyntheticPeople.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The resident's code on a phone refreshes itself before it expires, without a page reload, and its clock ticks, so
 * a screenshot is told apart from the live page. The browser's timers are driven by Playwright's clock and the
 * server's by the test clock, so nothing waits for real minutes.
 */
class ScreenCodeRefreshIT extends BrowserTest {

    @Autowired
    Journeys journeys;

    @Autowired
    MutableClock clock;

    @Test
    void the_code_on_my_page_is_replaced_by_a_fresh_one_before_it_expires_and_the_clock_ticks() {
        // given a green resident logged in on a phone-sized page
        Person person = aPerson();
        ApiClient setup = client();
        journeys.register(setup, person);
        setup.put("/api/me/declaration", cleanDeclaration());
        clock.advance(Duration.ofSeconds(61));
        BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
        Page page = phone.newPage();
        page.clock().install();
        logIn(page, person);
        String firstCode = page.locator("figure.screen-code .qr").innerHTML();
        String firstTick = page.locator("figure.screen-code time.now").textContent();

        // when the server's time passes beyond half the code's validity and the page's timers run
        clock.advance(Duration.ofSeconds(45));
        page.clock().fastForward(15 * 60 * 1000);

        // then the page shows a new code and its clock has moved on
        page.waitForFunction(
                "before => document.querySelector('figure.screen-code .qr').innerHTML !== before", firstCode);
        assertThat(page.locator("figure.screen-code svg")).isVisible();
        assertThat(page.locator("figure.screen-code time.now").textContent()).isNotEqualTo(firstTick);
        phone.close();
    }

    private void logIn(Page page, Person person) {
        page.navigate("http://127.0.0.1:" + port + "/login?lang=en");
        page.locator("#phone").fill(person.phone());
        page.locator("#send-code").click();
        page.locator("#code").fill(journeys.lastCodeFor(person.phone()));
        page.locator("#log-in").click();
        page.waitForURL("**/me");
        assertThat(page.locator("figure.screen-code svg")).isVisible();
    }
}
