package org.healthcode.venues;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The district office's import page: the form, and the report it shows in place after an upload. */
class VenueImportPageTest extends IntegrationTest {

    @Autowired
    Journeys journeys;

    @Test
    void an_office_sees_its_divisions_and_gets_the_report_in_chinese_after_uploading_through_the_form() {
        // given a district office for 浦东新区 logged in through the browser form
        Journeys.StaffLogin login = journeys.staffLogin(client(), "DISTRICT_OFFICE");
        ApiClient admin = client().asStaff("admin", "test-admin-password-1");
        admin.put(
                "/api/admin/district-offices/" + login.username() + "/divisions",
                Map.of("divisions", List.of("310115")));
        ApiClient browser = client().withHeader("Accept", "text/html").withHeader("Accept-Language", "zh-CN");
        journeys.formLogIn(browser, login);

        // when it opens the page and posts a file through the form, as htmx does
        ApiClient.Response page = browser.get("/venue-import");
        String csrf = journeys.csrfToken(browser, "/venue-import");
        ApiClient.Response report = post(
                browser,
                csrf,
                "category,name,district,address\nRESIDENTIAL_COMMUNITY,汇南村,浦东新区,上海市浦东新区汇南村\n"
                        + "RESIDENTIAL_COMMUNITY,西北新邨,黄浦区,上海市黄浦区西北新邨\n");

        // then the page names its division, and the report fragment lists the refused row with a Chinese reason
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("导入场所").contains("上海市 浦东新区 (310115)").contains("hx-post");
        assertThat(client().getBytes("/webjars/htmx.org/dist/htmx.min.js")).isNotEmpty();
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.body())
                .contains("id=\"registered\">1<")
                .contains("district-not-yours")
                .contains("此区不在本次导入可登记的行政区划范围内")
                .doesNotContain("西北新邨")
                .doesNotContain("<html");
    }

    @Test
    void a_refused_file_is_shown_in_place_with_its_code() {
        Journeys.StaffLogin login = journeys.staffLogin(client(), "DISTRICT_OFFICE");
        ApiClient browser = client().withHeader("Accept", "text/html").withHeader("Accept-Language", "en");
        journeys.formLogIn(browser, login);

        ApiClient.Response report =
                post(browser, journeys.csrfToken(browser, "/venue-import"), "category,name,district,address\n");

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).contains("venue-import-no-districts").contains("ask an administrator");
    }

    private static ApiClient.Response post(ApiClient browser, String csrf, String csv) {
        String boundary = "----page" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n");
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"v.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n");
        return browser.postRaw("/venue-import", "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
