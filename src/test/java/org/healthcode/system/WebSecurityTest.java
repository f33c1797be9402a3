package org.healthcode.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aPerson;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Stream;
import org.healthcode.accounts.Role;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.Journeys.StaffLogin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Cross-site requests, refusals outside controllers and error pages, over real HTTP. */
class WebSecurityTest extends IntegrationTest {

    private static final byte[] NO_BODY = new byte[0];

    @Autowired
    Journeys journeys;

    @ParameterizedTest
    @MethodSource("simpleContentTypes")
    void a_cookie_authenticated_api_post_without_a_json_body_is_refused(String contentType) {
        // given an administrator logged in through the browser form, and another account
        ApiClient browser = adminBrowser();
        UUID target = journeys.accountId(
                client(), journeys.staffLogin(client(), Role.SAMPLER).username());

        // when a cross-site form posts to the API with the administrator's cookie
        ApiClient.Response forged =
                browser.postRaw("/api/admin/accounts/" + target + "/password", contentType, NO_BODY);

        // then
        assertThat(forged.status()).isEqualTo(415);
        assertThat(forged.code()).isEqualTo("unsupported-media-type");
        assertThat(forged.body()).doesNotContain("password\":");
    }

    static Stream<String> simpleContentTypes() {
        return Stream.of("application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x");
    }

    @Test
    void a_cookie_authenticated_api_post_from_another_origin_is_refused_and_from_this_origin_accepted() {
        ApiClient browser = adminBrowser();
        UUID target = journeys.accountId(
                client(), journeys.staffLogin(client(), Role.SAMPLER).username());
        String path = "/api/admin/accounts/" + target + "/password";

        ApiClient.Response foreign =
                browser.withHeader("Origin", "https://evil.example").post(path, "");
        ApiClient.Response own =
                browser.withHeader("Origin", "http://127.0.0.1:" + port).post(path, "");

        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.code()).isEqualTo("cross-site-request");
        assertThat(own.status()).isEqualTo(200);
    }

    @Test
    void a_resident_session_cannot_post_to_the_api_as_plain_text() {
        ApiClient resident = client();
        journeys.register(resident, aPerson());

        ApiClient.Response forged =
                resident.postRaw("/api/me/card", "text/plain", "x".getBytes(StandardCharsets.UTF_8));

        assertThat(forged.status()).isEqualTo(415);
    }

    @Test
    void wrong_basic_credentials_on_the_api_get_a_problem_in_the_chosen_language() {
        ApiClient chinese = client().withHeader("Cookie", "hc-lang=zh-CN");

        ApiClient.Response wrong = chinese.copy()
                .withHeader("Cookie", "hc-lang=zh-CN")
                .asStaff("admin", "not-the-password")
                .get("/api/admin/accounts");
        ApiClient.Response anonymous = chinese.get("/api/me");

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.code()).isEqualTo("unauthenticated");
        assertThat(wrong.json().get("title").asString()).isEqualTo("请先登录。");
        assertThat(anonymous.json().get("title").asString()).isEqualTo("请先登录。");
    }

    @ParameterizedTest
    @MethodSource("firewalledPaths")
    void paths_the_firewall_rejects_get_a_malformed_request_problem(String path) {
        ApiClient.Response rejected = client().get(path);

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.code()).isEqualTo("malformed-request");
    }

    static Stream<String> firewalledPaths() {
        return Stream.of("/api/me//code", "/api/me/%2e%2e/code", "/api/me;jsessionid=x/code");
    }

    @Test
    void a_refused_page_request_shows_a_localised_error_page_while_the_api_keeps_json() {
        // given
        ApiClient resident = client();
        journeys.register(resident, aPerson());
        String someoneElse = "/me/declaration?for=" + UUID.randomUUID();

        // when
        ApiClient.Response asBrowser =
                resident.withHeader("Accept", "text/html,*/*;q=0.8").get(someoneElse);
        ApiClient.Response asApiClient =
                resident.withHeader("Accept", "application/json").get(someoneElse);

        // then
        assertThat(asBrowser.status()).isEqualTo(404);
        assertThat(asBrowser.json()).isNull();
        assertThat(asBrowser.body()).contains("<html", "resident-unknown", "No such resident in your account.");
        assertThat(asApiClient.status()).isEqualTo(404);
        assertThat(asApiClient.code()).isEqualTo("resident-unknown");
    }

    @Test
    void a_resident_does_not_get_the_staff_page_but_staff_do() {
        ApiClient resident = client();
        journeys.register(resident, aPerson());
        ApiClient sampler = journeys.staff(client(), Role.SAMPLER);

        assertThat(resident.get("/staff").status()).isEqualTo(403);
        assertThat(resident.get("/somewhere-unnamed").status()).isEqualTo(403);
        assertThat(sampler.get("/staff").status()).isEqualTo(200);
    }

    private ApiClient adminBrowser() {
        ApiClient browser = client();
        journeys.formLogIn(browser, new StaffLogin("admin", "test-admin-password-1"));
        return browser;
    }
}
