package org.healthcode.checkpoint;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aPerson;
import static org.healthcode.testing.SyntheticPeople.cleanDeclaration;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.BrowserTest;
import org.healthcode.testing.FakeCameraVideo;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.Journeys.StaffLogin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A staff member at a checkpoint, in a real (headless) Chromium: logs in on the staff form, opens the checkpoint
 * page, pastes a resident's code or films it with the (fake) camera, and sees the verdict. Needs Debian's chromium at /usr/bin/chromium.
 */
class CheckpointPageIT extends BrowserTest {

    @Autowired
    Journeys journeys;

    @Test
    void staff_paste_a_green_residents_code_and_see_green_with_the_masked_name() {
        // given a green resident's code and a staff member logged in on the checkpoint page
        ApiClient resident = client();
        journeys.register(resident, aPerson());
        resident.put("/api/me/declaration", cleanDeclaration());
        ApiClient.Response code = resident.get("/api/me/code");
        String maskedName = code.json().get("maskedName").asString();
        Page page = checkpointPageAsStaff();

        // when they paste the code and check it
        page.locator("#code-text").fill(code.json().get("text").asString());
        page.locator("#verify").click();

        // then they see a large green block, the decision to let pass, the masked name and the expiry
        assertThat(page.locator("#result-colour")).hasClass(Pattern.compile("\\bGREEN\\b"));
        assertThat(page.locator("#result-colour")).hasText("Green");
        assertThat(page.locator("#result-decision")).hasText(Pattern.compile("ALLOW"));
        assertThat(page.locator("#result-name")).hasText(maskedName);
        assertThat(page.locator("#result-expires")).not().isEmpty();
        assertThat(page.locator("#result-changed")).isHidden();
    }

    @Test
    void staff_film_a_green_residents_code_with_the_camera_and_see_green_with_the_masked_name(@TempDir Path videos) {
        // given a green resident's code, filmed by the checkpoint's camera
        ApiClient resident = client();
        journeys.register(resident, aPerson());
        resident.put("/api/me/declaration", cleanDeclaration());
        ApiClient.Response code = resident.get("/api/me/code");
        Path video = FakeCameraVideo.write(code.json().get("text").asString(), videos.resolve("code.y4m"));

        try (Browser filming = chromiumFilming(video)) {
            // when staff on the checkpoint page start the camera
            Page page = checkpointPageAsStaff(filming);
            page.locator("#scan-start").click();

            // then the code read from the video gives green, the decision to let pass and the masked name
            assertThat(page.locator("#result-colour"))
                    .hasClass(
                            Pattern.compile("\\bGREEN\\b"),
                            new LocatorAssertions.HasClassOptions().setTimeout(CAMERA_READ_MILLIS));
            assertThat(page.locator("#result-decision")).hasText(Pattern.compile("ALLOW"));
            assertThat(page.locator("#result-name"))
                    .hasText(code.json().get("maskedName").asString());
            assertThat(page.locator("#camera-error")).isHidden();
        }
    }

    @Test
    void staff_paste_garbage_and_see_that_it_is_not_a_readable_code() {
        // given a staff member on the checkpoint page
        Page page = checkpointPageAsStaff();

        // when they paste something that is not a code
        page.locator("#code-text").fill("this is not a health code");
        page.locator("#verify").click();

        // then they see a rejection with its reason and stable code, and the decision to deny
        assertThat(page.locator("#result-colour")).hasClass(Pattern.compile("\\bREJECTED\\b"));
        assertThat(page.locator("#result-reason")).hasText("This is not a readable health code.");
        assertThat(page.locator("#result-code")).hasText("unreadable");
        assertThat(page.locator("#result-decision")).hasText(Pattern.compile("DENY"));
    }

    @Test
    void the_scanner_library_loads_from_the_webjar_under_the_pages_security_policy() {
        Page page = checkpointPageAsStaff();

        Object library = page.evaluate("() => typeof window.__Html5QrcodeLibrary__");

        assertThat(library).isEqualTo("object");
    }

    private Page checkpointPageAsStaff() {
        return checkpointPageAsStaff(browser);
    }

    private Page checkpointPageAsStaff(Browser chromium) {
        StaffLogin login = journeys.staffLogin(client(), "VENUE_OPERATOR");
        BrowserContext context = chromium.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        Page page = context.newPage();
        String base = base();
        page.navigate(base + "/staff/login?lang=en");
        page.locator("#username").fill(login.username());
        page.locator("#password").fill(login.password());
        page.locator("#staff-submit").click();
        page.waitForURL(base + "/staff");
        page.navigate(base + "/checkpoint");
        page.waitForLoadState();
        return page;
    }
}
