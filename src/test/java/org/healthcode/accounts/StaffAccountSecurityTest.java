package org.healthcode.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.Journeys.StaffLogin;
import org.healthcode.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff accounts: changes end sessions at once, names are checked on every path, password guessing is throttled. */
class StaffAccountSecurityTest extends IntegrationTest {

    @Autowired
    Journeys journeys;

    @Autowired
    MutableClock clock;

    @Test
    void disabling_an_account_ends_its_logged_in_browser_session_at_once() {
        // given
        StaffLogin auditor = journeys.staffLogin(client(), Role.AUDITOR);
        ApiClient browser = client();
        journeys.formLogIn(browser, auditor);
        ApiClient.Response before = browser.get("/api/reviews");

        // when
        ApiClient.Response disabled = admin().post(
                        "/api/admin/accounts/" + journeys.accountId(client(), auditor.username()) + "/enabled",
                        Map.of("enabled", false));

        // then
        assertThat(before.status()).isEqualTo(200);
        assertThat(disabled.status()).isEqualTo(200);
        ApiClient.Response after = browser.get("/api/reviews");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.code()).isEqualTo("unauthenticated");
        assertThat(browser.get("/staff").status()).isEqualTo(302);
    }

    @Test
    void resetting_a_password_ends_the_accounts_sessions_but_not_other_accounts_sessions() {
        // given
        StaffLogin auditor = journeys.staffLogin(client(), Role.AUDITOR);
        StaffLogin colleague = journeys.staffLogin(client(), Role.AUDITOR);
        ApiClient browser = client();
        ApiClient colleagueBrowser = client();
        journeys.formLogIn(browser, auditor);
        journeys.formLogIn(colleagueBrowser, colleague);

        // when
        ApiClient.Response reset = admin().post(
                        "/api/admin/accounts/" + journeys.accountId(client(), auditor.username()) + "/password", "");

        // then
        assertThat(reset.status()).isEqualTo(200);
        assertThat(browser.get("/api/reviews").status()).isEqualTo(401);
        assertThat(colleagueBrowser.get("/api/reviews").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @MethodSource("badDisplayNames")
    void a_bad_display_name_is_refused_through_the_api(String displayName) {
        ApiClient.Response refused = admin().post(
                        "/api/admin/accounts",
                        Map.of("username", aUsername(), "displayName", displayName, "roles", List.of(Role.SAMPLER)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("display-name-format");
        assertThat(refused.json().get("field").asString()).isEqualTo("displayName");
    }

    static Stream<String> badDisplayNames() {
        return Stream.of("", "   ", "x".repeat(65), "x".repeat(5_000), "Nul\u0000Byte", "Line\nBreak");
    }

    @Test
    void the_accounts_page_applies_the_same_display_name_rule_and_stores_nothing() {
        // given
        ApiClient browser = client();
        journeys.formLogIn(browser, new StaffLogin("admin", "test-admin-password-1"));
        String username = aUsername();
        String form = "username=" + username + "&displayName=" + "x".repeat(5_000) + "&roles=SAMPLER&_csrf="
                + journeys.csrfToken(browser, "/admin/accounts");

        // when
        ApiClient.Response page = browser.postRaw(
                "/admin/accounts", "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8));

        // then
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("display-name-format");
        assertThat(admin().get("/api/admin/accounts").body()).doesNotContain(username);
    }

    @Test
    void ten_wrong_passwords_lock_the_login_even_for_the_right_password_until_the_lockout_passes() {
        // given
        StaffLogin auditor = journeys.staffLogin(client(), Role.AUDITOR);
        for (int attempt = 1; attempt <= 10; attempt++) {
            client().asStaff(auditor.username(), "wrong-password-" + attempt).get("/api/reviews");
        }

        // when
        ApiClient.Response whileLocked =
                client().asStaff(auditor.username(), auditor.password()).get("/api/reviews");
        clock.advance(Duration.ofMinutes(16));
        ApiClient.Response afterLockout =
                client().asStaff(auditor.username(), auditor.password()).get("/api/reviews");

        // then
        assertThat(whileLocked.status()).isEqualTo(401);
        assertThat(whileLocked.code()).isEqualTo("unauthenticated");
        assertThat(afterLockout.status()).isEqualTo(200);
    }

    @Test
    void nine_wrong_passwords_do_not_lock_the_login() {
        StaffLogin auditor = journeys.staffLogin(client(), Role.AUDITOR);
        for (int attempt = 1; attempt <= 9; attempt++) {
            client().asStaff(auditor.username(), "wrong-password-" + attempt).get("/api/reviews");
        }

        ApiClient.Response right =
                client().asStaff(auditor.username(), auditor.password()).get("/api/reviews");

        assertThat(right.status()).isEqualTo(200);
    }

    private ApiClient admin() {
        return client().asStaff("admin", "test-admin-password-1");
    }

    private static String aUsername() {
        return "name-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
