package org.healthcode.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** The browser of most tests: no camera (the scanning pages say so when the camera button is pressed). */
    public static Browser launch(Playwright playwright) {
        return launch(playwright, FLAGS);
    }

    /**
     * A browser whose camera films {@code video} (a Y4M file, see {@link FakeCameraVideo}) in a loop, and whose pages
     * get the camera without asking. Pages may use the camera only in a secure context: {@code http://127.0.0.1} and
     * {@code http://localhost} count as one.
     */
    public static Browser launchFilming(Playwright playwright, Path video) {
        List<String> flags = new ArrayList<>(FLAGS);
        flags.add("--use-fake-ui-for-media-stream");
        flags.add("--use-fake-device-for-media-stream");
        flags.add("--use-file-for-fake-video-capture=" + video.toAbsolutePath());
        return launch(playwright, flags);
    }

    private static Browser launch(Playwright playwright, List<String> flags) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(flags));
    }
}
