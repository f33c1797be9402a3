package org.healthcode.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the browser tests: the whole server (see {@link IntegrationTest}) and one headless Debian Chromium per test
 * class, in which each test opens the browser contexts (users) it needs.
 */
public abstract class BrowserTest extends IntegrationTest {

    /**
     * How long a camera test waits for the page to read the fake camera's code and show the answer: reading takes a
     * second or two on a quiet machine, much longer on a loaded CI machine. A wait, not a timing assertion.
     */
    protected static final double CAMERA_READ_MILLIS = 30_000;

    protected static Browser browser;
    private static Playwright playwright;

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create();
        browser = HeadlessChromium.launch(playwright);
    }

    /**
     * Another Chromium, whose camera films {@code video} (see {@link FakeCameraVideo}); the caller closes it. The fake
     * camera is fixed when the browser starts, so a test launches one for each video it needs.
     */
    protected static Browser chromiumFilming(Path video) {
        return HeadlessChromium.launchFilming(playwright, video);
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** This server's address, for navigating. */
    protected String base() {
        return "http://127.0.0.1:" + port;
    }
}
