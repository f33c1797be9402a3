package org.healthcode.venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.venues.VenueImportFixtures.HEADER;
import static org.healthcode.venues.VenueImportFixtures.listed;
import static org.healthcode.venues.VenueImportFixtures.upload;
import static org.healthcode.venues.VenueImportFixtures.uploadCsv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** District offices register venues in bulk: CSV or Excel, a report per row, and importing again changes nothing. */
class VenueImportTest extends IntegrationTest {

    @Autowired
    Journeys journeys;

    @Autowired
    JdbcClient jdbc;

    VenueImportFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new VenueImportFixtures(client(), journeys);
    }

    @Test
    void a_shanghai_office_registers_the_rows_of_a_utf8_csv_file_with_a_byte_order_mark() {
        // given an office for all of Shanghai
        VenueImportFixtures.Uploader office = fixtures.office("310000");

        // when it uploads two compounds, one with a position and capacity, the other by district code
        ApiClient.Response report = uploadCsv(
                office.client(),
                "\uFEFF" + HEADER
                        + "RESIDENTIAL_COMMUNITY,汇南村,浦东新区,上海市浦东新区汇南村,31.123456,121.654321,800\n"
                        + "residential_community,西北新邨,310101,上海市黄浦区西北新邨,,,\n");

        // then both are registered in their districts, as venues the office operates
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("format").asString()).isEqualTo("csv");
        assertThat(report.json().get("charset").asString()).isEqualTo("UTF-8");
        assertThat(report.json().get("registered").asLong()).isEqualTo(2);
        assertThat(report.json().get("refused").asLong()).isZero();
        assertThat(venuesOf(office))
                .containsExactly(
                        "310101 西北新邨 RESIDENTIAL_COMMUNITY null null",
                        "310115 汇南村 RESIDENTIAL_COMMUNITY 31.123456 800");
    }

    @Test
    void an_excel_workbook_with_chinese_headings_and_numeric_cells_is_registered() {
        VenueImportFixtures.Uploader office = fixtures.office("310115");
        byte[] workbook = VenueImportFixtures.workbook(List.of(
                List.of("类别", "名称", "区", "地址", "纬度", "经度", "容量"),
                Arrays.asList("PHARMACY", "益丰大药房", "浦东新区", "上海市浦东新区浦建路60号", 31.2, 121.5, 30),
                Arrays.asList("SCHOOL", "园艺小学", "310115", "上海市浦东新区园艺路1号", null, null, null)));

        ApiClient.Response report = upload(office.client(), workbook, "venues.xlsx", Map.of());

        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("format").asString()).isEqualTo("xlsx");
        assertThat(report.json().get("registered").asLong()).isEqualTo(2);
        assertThat(venuesOf(office))
                .containsExactly("310115 园艺小学 SCHOOL null null", "310115 益丰大药房 PHARMACY 31.200000 30");
    }

    @Test
    void each_bad_row_is_reported_with_its_code_and_the_valid_rows_are_registered() {
        // given a file whose rows 3 to 9 are each wrong in one way
        VenueImportFixtures.Uploader office = fixtures.office("310000");
        String file = HEADER
                + "RESIDENTIAL_COMMUNITY,好小区,浦东新区,上海市浦东新区好路1号,,,\n"
                + "RESIDENTIAL_COMMUNITY,无名区小区,火星区,某地,,,\n"
                + "RESIDENTIAL_COMMUNITY,  ,浦东新区,上海市浦东新区,,,\n"
                + "CASTLE,城堡,浦东新区,上海市浦东新区城堡路,,,\n"
                + "RESIDENTIAL_COMMUNITY,坐标小区,浦东新区,上海市浦东新区坐标路,95.1,121.5,\n"
                + "RESIDENTIAL_COMMUNITY,半坐标小区,浦东新区,上海市浦东新区半路,31.2,,\n"
                + "RESIDENTIAL_COMMUNITY,好小区,浦东新区,上海市浦东新区好路1号,,,\n"
                + "RESIDENTIAL_COMMUNITY,杭州小区,西湖区,浙江省杭州市西湖区,,,\n"
                + "OFFICE_OR_BUSINESS,写字楼,徐汇区,上海市徐汇区写字楼,,,0\n"
                + "OFFICE_OR_BUSINESS,另一写字楼,徐汇区,上海市徐汇区另一写字楼,,,2000\n";

        ApiClient.Response report = uploadCsv(office.client(), file);

        // then each is listed by row number and code, and the two good rows are registered
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("rowsRead").asLong()).isEqualTo(10);
        assertThat(report.json().get("registered").asLong()).isEqualTo(2);
        assertThat(report.json().get("refused").asLong()).isEqualTo(8);
        assertThat(listed(report))
                .containsExactly(
                        "3:district-unknown",
                        "4:venue-name-missing",
                        "5:venue-category-unknown",
                        "6:venue-coordinates-invalid",
                        "7:venue-coordinates-invalid",
                        "8:venue-duplicate-in-file",
                        "9:district-not-yours",
                        "10:venue-capacity-invalid");
        assertThat(report.json().get("rows").get(0).get("message").asString()).contains("district");
        assertThat(report.body()).doesNotContain("火星区").doesNotContain("城堡");
        assertThat(venuesOf(office)).hasSize(2);
    }

    @Test
    void importing_the_same_file_again_registers_nothing_twice_and_reports_the_rows_unchanged() {
        VenueImportFixtures.Uploader office = fixtures.office("310000");
        String file = HEADER + "RESIDENTIAL_COMMUNITY,一号小区,黄浦区,上海市黄浦区一号路,,,\n"
                + "RESIDENTIAL_COMMUNITY,二号小区,黄浦区,上海市黄浦区二号路,,,\n";
        assertThat(uploadCsv(office.client(), file).json().get("registered").asLong())
                .isEqualTo(2);

        ApiClient.Response again = uploadCsv(office.client(), file + "RESIDENTIAL_COMMUNITY,三号小区,黄浦区,上海市黄浦区三号路,,,\n");

        assertThat(again.json().get("registered").asLong()).as(again.body()).isEqualTo(1);
        assertThat(again.json().get("unchanged").asLong()).isEqualTo(2);
        assertThat(listed(again)).containsExactly("2:unchanged", "3:unchanged");
        assertThat(venuesOf(office)).hasSize(3);
    }

    @Test
    void a_gb18030_file_is_detected_and_read() {
        VenueImportFixtures.Uploader office = fixtures.office("310000");
        byte[] gb18030 = (HEADER + "SUPERMARKET_OR_MALL,联华超市,闵行区,上海市闵行区莘庄镇,,,\n").getBytes(Charset.forName("GB18030"));

        ApiClient.Response report = upload(office.client(), gb18030, "venues.csv", Map.of());

        assertThat(report.json().get("charset").asString()).as(report.body()).isEqualTo("GB18030");
        assertThat(venuesOf(office)).containsExactly("310112 联华超市 SUPERMARKET_OR_MALL null null");
    }

    @Test
    void a_file_larger_than_the_limit_is_refused_and_registers_nothing() {
        VenueImportFixtures.Uploader office = fixtures.office("310000");
        String row = "RESIDENTIAL_COMMUNITY,大文件小区%d,黄浦区,上海市黄浦区大文件路,,,\n";
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; file.length() < 1_100_000; i++) {
            file.append(row.formatted(i));
        }

        ApiClient.Response refused =
                upload(office.client(), file.toString().getBytes(StandardCharsets.UTF_8), "venues.csv", Map.of());

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.code()).isEqualTo("venue-import-too-large");
        assertThat(venuesOf(office)).isEmpty();
    }

    @Test
    void a_name_or_address_with_a_control_character_is_refused_and_the_other_rows_are_registered() {
        VenueImportFixtures.Uploader office = fixtures.office("310000");
        String file = HEADER
                + "OTHER,零\u0000号店,浦东新区,上海市浦东新区零号路,,,\n"
                + "OTHER,一号店,浦东新区,上海市浦东新区\u0000一号路,,,\n"
                + "OTHER,二号店,浦东新区,上海市浦东新区二号路,,,\n";

        ApiClient.Response report = uploadCsv(office.client(), file);

        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(listed(report)).containsExactly("2:venue-name-invalid", "3:venue-address-invalid");
        assertThat(venuesOf(office)).hasSize(1);
    }

    @Test
    void an_upload_without_a_file_part_is_a_malformed_request() {
        ApiClient.Response refused = fixtures.office("310000")
                .client()
                .postRaw(
                        "/api/venue-import",
                        "multipart/form-data; boundary=b",
                        "--b\r\nContent-Disposition: form-data; name=\"within\"\r\n\r\n310000\r\n--b--\r\n"
                                .getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("malformed-request");
    }

    @Test
    void a_bad_header_refuses_the_whole_file() {
        ApiClient.Response refused = uploadCsv(fixtures.office("310000").client(), "名字,地方\n小区,浦东新区\n");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("venue-import-header-invalid");
    }

    @Test
    void an_old_binary_excel_workbook_is_refused_with_its_own_code() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

        ApiClient.Response refused = upload(fixtures.office("310000").client(), xls, "venues.xls", Map.of());

        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.code()).isEqualTo("venue-import-format-unknown");
    }

    @Test
    void only_district_offices_with_divisions_and_administrators_may_import() {
        String file = HEADER + "OTHER,某处,黄浦区,上海市黄浦区某处,,,\n";

        ApiClient.Response sampler = uploadCsv(journeys.staff(client(), "SAMPLER"), file);
        ApiClient.Response officeWithoutDivisions = uploadCsv(fixtures.office().client(), file);

        assertThat(sampler.status()).isEqualTo(403);
        assertThat(sampler.code()).isEqualTo("venue-import-not-allowed");
        assertThat(officeWithoutDivisions.status()).isEqualTo(403);
        assertThat(officeWithoutDivisions.code()).isEqualTo("venue-import-no-districts");
    }

    @Test
    void an_administrator_assigns_divisions_to_district_offices_only_and_only_divisions_that_exist() {
        VenueImportFixtures.Uploader office = fixtures.office("310115");
        Journeys.StaffLogin sampler = journeys.staffLogin(client(), "SAMPLER");
        ApiClient admin = fixtures.admin();
        String path = "/api/admin/district-offices/" + office.username() + "/divisions";

        ApiClient.Response replaced = admin.put(path, Map.of("divisions", List.of("310101", "310104")));
        ApiClient.Response unknown = admin.put(path, Map.of("divisions", List.of("319999")));
        ApiClient.Response notAnOffice = admin.put(
                "/api/admin/district-offices/" + sampler.username() + "/divisions",
                Map.of("divisions", List.of("310101")));
        ApiClient.Response byTheOffice = office.client().put(path, Map.of("divisions", List.of("310000")));

        assertThat(replaced.json()
                        .valueStream()
                        .map(division -> division.get("code").asString()))
                .containsExactly("310101", "310104");
        assertThat(unknown.code()).isEqualTo("division-unknown");
        assertThat(notAnOffice.code()).isEqualTo("district-office-invalid");
        assertThat(byTheOffice.status()).isEqualTo(403);
        assertThat(admin.get(path)
                        .json()
                        .valueStream()
                        .map(division -> division.get("name").asString()))
                .containsExactly("黄浦区", "徐汇区");
    }

    @Test
    void a_district_name_shared_by_two_cities_is_ambiguous_until_the_import_names_its_division() {
        // 普陀区 is a district of Shanghai and of Zhoushan
        ApiClient admin = fixtures.admin();
        String file = HEADER + "OTHER,普陀测试点" + System.nanoTime() + ",普陀区,普陀区某路,,,\n";

        ApiClient.Response everywhere = uploadCsv(admin, file);
        ApiClient.Response inShanghai =
                upload(admin, file.getBytes(StandardCharsets.UTF_8), "venues.csv", Map.of("within", "310000"));

        assertThat(listed(everywhere)).containsExactly("2:district-ambiguous");
        assertThat(inShanghai.json().get("registered").asLong())
                .as(inShanghai.body())
                .isEqualTo(1);
    }

    /** The venues this client's account operates, as "division name category latitude capacity", by name. */
    private List<String> venuesOf(VenueImportFixtures.Uploader uploader) {
        return jdbc.sql("""
                        select v.division || ' ' || v.name || ' ' || v.category || ' '
                               || coalesce(v.latitude::text, 'null') || ' ' || coalesce(v.capacity::text, 'null')
                          from venue v join staff_account a on a.id = v.operator_id
                         where a.username = ?
                         order by v.division, v.name""").param(uploader.username()).query(String.class).list();
    }
}
