package org.healthcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aPerson;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.healthcode.identity.PhoneNumber;
import org.healthcode.testing.BrowserTest;
import org.healthcode.testing.SyntheticPeople.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The whole platform through a real browser, as its three kinds of users meet it: a resident on a phone, the
 * administrator who runs the development outbox and the accounts, and an auditor working the review queue. Each user
 * has a browser context of their own, so sessions and language cookies never mix. Runs on Debian's Chromium.
 */
class BrowserJourneyIT extends BrowserTest {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "test-admin-password-1";
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final AtomicInteger AUDITORS = new AtomicInteger();

    private final List<String> residentAndAuditorPages = new ArrayList<>();
    private final List<BrowserContext> contexts = new ArrayList<>();
    private BrowserContext residentPhone;
    private BrowserContext adminDesk;
    private BrowserContext auditorDesk;

    @RegisterExtension
    final TestExecutionExceptionHandler screenshotsOnFailure = (test, failure) -> {
        try {
            screenshotEveryPage("failed-" + test.getRequiredTestMethod().getName());
        } catch (RuntimeException screenshotFailed) {
            failure.addSuppressed(screenshotFailed);
        }
        throw failure;
    };

    @BeforeEach
    void openOneContextPerUser() {
        residentPhone = newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true)
                .setLocale("zh-CN"));
        adminDesk = newContext(new Browser.NewContextOptions());
        auditorDesk = newContext(new Browser.NewContextOptions());
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
    }

    @Test
    void a_resident_with_a_fever_has_no_code_until_an_auditor_approves_and_then_sees_green() {
        // given
        Person person = aPerson();
        Page resident = residentPhone.newPage();
        Page admin = staffLoggedIn(adminDesk.newPage(), ADMIN, ADMIN_PASSWORD);

        // when the resident logs in, registers and declares a fever
        logInByCode(resident, person, admin);
        register(resident, person);
        declareFever(resident);

        // then the declaration waits for an auditor and there is no code yet
        assertThat(colourOf(resident)).isEqualTo("NONE");
        assertThat(resident.locator("div.colour").textContent()).contains("尚未赋码");
        assertThat(resident.locator("ul.reasons").textContent()).contains("您的申报正在人工审核");
        String maskedName = resident.locator(".masked-name").first().textContent();
        assertThat(maskedName).contains("*").isNotEqualTo(person.name());

        // when the administrator creates an auditor, who approves the case
        String auditorName = "auditor" + AUDITORS.incrementAndGet() + "." + System.nanoTime() % 100_000;
        String password = createAuditor(admin, auditorName);
        Page auditor = staffLoggedIn(auditorDesk.newPage(), auditorName, password);
        approveCase(auditor, maskedName, person);
        resident.navigate("/me");
        seen(resident);

        // then the resident's code is green, and no page showed the full ID number
        assertThat(colourOf(resident)).isEqualTo("GREEN");
        assertThat(resident.locator("div.colour").textContent()).contains("绿码");
        assertThat(residentAndAuditorPages).isNotEmpty().noneMatch(html -> html.contains(person.idNumber()));
        resident.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("resident-me-green.png"))
                .setFullPage(true));
    }

    @Test
    void the_login_page_speaks_simplified_chinese_by_default_and_english_on_request() {
        // given a browser that prefers neither language
        Page visitor =
                newContext(new Browser.NewContextOptions().setLocale("de-DE")).newPage();

        // when
        visitor.navigate("/login");
        String byDefault = visitor.locator("h1").textContent();
        visitor.navigate("/login?lang=en");
        String inEnglish = visitor.locator("h1").textContent();

        // then
        assertThat(byDefault).isEqualTo("登录");
        assertThat(inEnglish).isEqualTo("Log in");
        assertThat(visitor.locator("#send-code").textContent()).isEqualTo("Send code");
    }

    /** The resident asks for a code; the administrator reads it from the outbox page, as an operator would. */
    private void logInByCode(Page resident, Person person, Page admin) {
        resident.navigate("/login");
        assertThat(resident.locator("h1").textContent()).isEqualTo("登录");
        resident.fill("#phone", person.phone());
        resident.click("#send-code");
        arriveAt(resident, "/login/code");

        resident.fill(
                "#code", codeInOutbox(admin, PhoneNumber.of(person.phone()).masked()));
        resident.click("#log-in");
        arriveAt(resident, "/register");
        seen(resident);
    }

    private static String codeInOutbox(Page admin, String maskedPhone) {
        admin.navigate("/admin/outbox");
        return admin.locator("#outbox tbody tr")
                .filter(new Locator.FilterOptions().setHasText(maskedPhone))
                .first()
                .locator("td.code")
                .textContent()
                .strip();
    }

    /** Registration is the step done in English, switched by the page's {@code lang} parameter. */
    private void register(Page resident, Person person) {
        resident.navigate("/register?lang=en");
        assertThat(resident.locator("h1").textContent()).isEqualTo("Register");

        resident.selectOption("#documentType", "RESIDENT_ID_CARD");
        resident.fill("#documentNumber", person.idNumber());
        resident.fill("#name", person.name());
        resident.fill("#homeDivision", person.homeDivision());
        resident.fill("#address", "幸福路 88 弄 8 号 808 室");
        resident.click("#register");
        arriveAt(resident, "/me/declaration");
        seen(resident);
    }

    /** A fever of 38.2 °C, declared in Chinese again: the automatic audit flags it for an auditor. */
    private void declareFever(Page resident) {
        resident.navigate("/me/declaration?lang=zh_CN");
        seen(resident);

        resident.fill("input[name=temperature]", "38.2");
        resident.check("input[name=symptoms][value=FEVER]");
        resident.fill("input[name=visitedDivisions]", "310104");
        resident.fill("input[name=vaccineDoses]", "3");
        resident.click("#submit-declaration");
        arriveAt(resident, "/me?submitted=true");
        seen(resident);
    }

    private String createAuditor(Page admin, String username) {
        admin.navigate("/admin/accounts");
        admin.fill("#new-username", username);
        admin.fill("#new-display-name", "Auditor " + username);
        admin.check("#role-AUDITOR");
        admin.click("#create-account");
        return admin.locator("#created-password strong.password").textContent().strip();
    }

    /** The auditor recognises the case by the masked name alone, and never sees the full name or number. */
    private void approveCase(Page auditor, String maskedName, Person person) {
        auditor.click("#review-queue");
        arriveAt(auditor, "/review");
        Locator theCase = auditor.locator("section.review-case")
                .filter(new Locator.FilterOptions().setHasText(maskedName))
                .last();
        assertThat(theCase.locator(".masked-name").textContent()).isEqualTo(maskedName);
        assertThat(seen(auditor).content()).doesNotContain(person.name());

        theCase.locator("select.outcome").selectOption("APPROVE");
        theCase.locator("textarea.reason").fill("Fever declared once; no contact, no risk-area travel.");
        theCase.locator("button.decide").click();
        auditor.locator("#decided").waitFor();
        seen(auditor);
    }

    private static Page staffLoggedIn(Page page, String username, String password) {
        page.navigate("/staff/login");
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("#staff-submit");
        arriveAt(page, "/staff");
        return page;
    }

    /** Waits until the page shows the path (and query); if it never does, says where the browser stayed instead. */
    private static void arriveAt(Page page, String path) {
        try {
            page.waitForURL(url -> url.endsWith(path));
        } catch (TimeoutError stayed) {
            throw new AssertionError("expected to arrive at " + path + " but the page stayed at " + page.url(), stayed);
        }
    }

    private static String colourOf(Page resident) {
        String classes = resident.locator("div.colour").first().getAttribute("class");
        return List.of("GREEN", "YELLOW", "RED", "NONE").stream()
                .filter(colour -> List.of(classes.split("\\s+")).contains(colour))
                .findFirst()
                .orElse("(none)");
    }

    private void screenshotEveryPage(String prefix) {
        int n = 0;
        for (BrowserContext context : contexts) {
            for (Page page : context.pages()) {
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(SCREENSHOTS.resolve(prefix + "-" + ++n + ".png"))
                        .setFullPage(true));
            }
        }
    }

    /** Keeps the HTML of a page the resident or auditor was shown, for the check that no full ID number leaks. */
    private Page seen(Page page) {
        residentAndAuditorPages.add(page.content());
        return page;
    }

    /** A fresh browser profile on this server; page actions wait for page state up to 15 seconds. */
    private BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options.setBaseURL("http://127.0.0.1:" + port));
        context.setDefaultTimeout(15_000);
        contexts.add(context);
        return context;
    }
}
