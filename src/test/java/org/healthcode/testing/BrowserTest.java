package org.healthcode.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the browser tests: the whole server (see {@link IntegrationTest}) and one headless Debian Chromium per test
 * class, in which each test opens the browser contexts (users) it needs.
 */
public abstract class BrowserTest extends IntegrationTest {

    protected static Browser browser;
    private static Playwright playwright;

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create();
        browser = HeadlessChromium.launch(playwright);
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
