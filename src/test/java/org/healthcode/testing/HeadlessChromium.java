package org.healthcode.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Chromium, headless, as the browser tests drive it. The flags keep it from reaching out to the network at
 * start (this machine has none) and let it run as root. Playwright's own browser download is switched off by the
 * build ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD}).
 */
public final class HeadlessChromium {

    private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    private static final List<String> FLAGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private HeadlessChromium() {}

    public static Browser launch(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(FLAGS));
    }
}
