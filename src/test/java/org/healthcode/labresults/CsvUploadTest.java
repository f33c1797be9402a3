package org.healthcode.labresults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.healthcode.facts.Fact;
import org.healthcode.facts.FactKind;
import org.healthcode.facts.FactStore;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.LabFixtures;
import org.healthcode.testing.LabFixtures.Resident;
import org.healthcode.testing.MutableClock;
import org.healthcode.testing.RecordedFacts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Labs upload CSV files: any readable encoding, a report per row, and uploading again changes nothing. */
class CsvUploadTest extends IntegrationTest {

    private static final String HEADER = "tube,result,ct,sampled_at,reported_at\n";

    @Autowired
    Journeys journeys;

    @Autowired
    FactStore facts;

    @Autowired
    RecordedFacts announced;

    @Autowired
    MutableClock clock;

    LabFixtures fixtures;
    LabFixtures.Lab lab;

    @BeforeEach
    void labAndSampler() {
        fixtures = new LabFixtures(client(), journeys);
        lab = fixtures.lab();
    }

    @Test
    void a_utf8_file_records_a_fact_for_every_member_of_each_tube_and_announces_them() {
        // given a sealed mixed tube of three and a sealed single tube
        List<Resident> pool = fixtures.register(3);
        Resident alone = fixtures.register();
        String mixed = fixtures.sealedTube(pool);
        String single = fixtures.sealedTube(List.of(alone));

        // when the lab uploads a UTF-8 file with their results
        ApiClient.Response report = LabFixtures.uploadCsv(
                lab.staff(),
                csv(
                                row(mixed, "NEGATIVE", "", hoursAgo(5), hoursAgo(1)),
                                row(single, "positive", "24.5", hoursAgo(5), hoursAgo(1)))
                        .getBytes(StandardCharsets.UTF_8),
                null);

        // then both rows are accepted and every member has exactly one fact with the documented detail
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("accepted").asLong()).isEqualTo(2);
        assertThat(report.json().get("factsRecorded").asInt()).isEqualTo(4);
        assertThat(report.json().get("charset").asString()).isEqualTo("UTF-8");
        Fact positive = onlyTestResult(alone);
        assertThat(positive.detail())
                .containsEntry("tube", single)
                .containsEntry("tubeKind", "SINGLE")
                .containsEntry("result", "POSITIVE")
                .containsEntry("lab", lab.code())
                .containsEntry("sampledAt", hoursAgo(5))
                .containsEntry("reportedAt", hoursAgo(1))
                .containsKey("ct");
        assertThat(((Number) positive.detail().get("ct")).doubleValue()).isEqualTo(24.5);
        assertThat(positive.recordedBy()).startsWith("staff:lab-");
        for (Resident member : pool) {
            assertThat(onlyTestResult(member).detail())
                    .containsEntry("tubeKind", "MIXED")
                    .containsEntry("result", "NEGATIVE")
                    .doesNotContainKey("ct");
        }
        assertThat(announced.announced())
                .contains(alone.id(), pool.get(0).id(), pool.get(2).id());
    }

    @Test
    void a_utf8_file_with_a_byte_order_mark_reads_its_first_column() {
        String tube = fixtures.sealedTube(List.of(fixtures.register()));

        ApiClient.Response report = LabFixtures.uploadCsv(
                lab.staff(),
                ("\uFEFF" + csv(row(tube, "NEGATIVE", "", hoursAgo(3), hoursAgo(1)))).getBytes(StandardCharsets.UTF_8),
                null);

        assertThat(report.json().get("accepted").asLong()).as(report.body()).isEqualTo(1);
    }

    @Test
    void a_gb18030_file_with_chinese_results_and_remarks_is_detected_and_read() {
        // given a file written by a Chinese lab system: GB18030, results in Chinese, a remark column
        Resident person = fixtures.register();
        String tube = fixtures.sealedTube(List.of(person));
        String text = "管号备注,tube,result,ct,sampled_at,reported_at,remark\n"
                + "一号,%s,阳性,31.2,%s,%s,复核阳性 请隔离\n".formatted(tube, hoursAgo(6), hoursAgo(2));
        byte[] gb18030 = text.getBytes(Charset.forName("GB18030"));

        // when it is uploaded without naming the charset
        ApiClient.Response report = LabFixtures.uploadCsv(lab.staff(), gb18030, null);

        // then it was read as GB18030 and the Chinese result understood
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("charset").asString()).isEqualTo("GB18030");
        assertThat(report.json().get("accepted").asLong()).isEqualTo(1);
        assertThat(onlyTestResult(person).detail()).containsEntry("result", "POSITIVE");
    }

    @Test
    void a_gbk_file_named_by_the_uploader_is_read_in_that_charset() {
        Resident person = fixtures.register();
        String tube = fixtures.sealedTube(List.of(person));
        byte[] gbk = csv(row(tube, "阴性", "", hoursAgo(4), hoursAgo(2))).getBytes(Charset.forName("GBK"));

        ApiClient.Response report = LabFixtures.uploadCsv(lab.staff(), gbk, "GBK");

        assertThat(report.json().get("accepted").asLong()).as(report.body()).isEqualTo(1);
        assertThat(onlyTestResult(person).detail()).containsEntry("result", "NEGATIVE");
    }

    @Test
    void each_bad_row_is_reported_with_its_code_and_the_good_rows_are_accepted() {
        // given tubes in every state a row can meet
        String good = fixtures.sealedTube(List.of(fixtures.register()));
        String reported = fixtures.sealedTube(List.of(fixtures.register()));
        String open = LabFixtures.newBarcode();
        fixtures.open(open, "MIXED", 5);
        fixtures.bind(open, fixtures.register().person());
        String alsoGood = fixtures.sealedTube(List.of(fixtures.register()));
        LabFixtures.uploadCsv(
                lab.staff(),
                csv(row(reported, "NEGATIVE", "", hoursAgo(9), hoursAgo(8))).getBytes(StandardCharsets.UTF_8),
                null);

        // when a file with one bad row of each kind is uploaded
        ApiClient.Response report = LabFixtures.uploadCsv(
                lab.staff(),
                csv(
                                row(good, "NEGATIVE", "", hoursAgo(5), hoursAgo(1)), // row 2
                                row(good, "NEGATIVE", "", hoursAgo(5), hoursAgo(1)), // row 3: duplicate in file
                                row("NOSUCHTUBE0001", "NEGATIVE", "", hoursAgo(5), hoursAgo(1)), // row 4
                                row(reported, "POSITIVE", "", hoursAgo(9), hoursAgo(8)), // row 5: conflict
                                row(open, "NEGATIVE", "", hoursAgo(5), hoursAgo(1)), // row 6: never sealed
                                row(alsoGood, "NEGATIVE", "", hoursAgo(5), inHours(3)), // row 7: future
                                row(alsoGood, "MAYBE", "", hoursAgo(5), hoursAgo(1)), // row 8: malformed
                                row("x", "NEGATIVE", "", "yesterday", hoursAgo(1)), // row 9: malformed
                                row(alsoGood, "NEGATIVE", "99", hoursAgo(5), hoursAgo(1)), // row 10: Ct out of range
                                row(alsoGood, "INVALID", "", hoursAgo(5), hoursAgo(1))) // row 11: accepted
                        .getBytes(StandardCharsets.UTF_8),
                null);

        // then
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("rowsRead").asLong()).isEqualTo(10);
        assertThat(report.json().get("accepted").asLong()).isEqualTo(2);
        assertThat(report.json().get("rejected").asLong()).isEqualTo(8);
        assertThat(report.json()
                        .get("problems")
                        .valueStream()
                        .map(problem -> problem.get("row").asLong() + ":"
                                + problem.get("code").asString())
                        .toList())
                .containsExactly(
                        "3:duplicate-in-file",
                        "4:lab-tube-unknown",
                        "5:result-conflict",
                        "6:tube-not-sealed",
                        "7:date-in-future",
                        "8:malformed-row",
                        "9:malformed-row",
                        "10:malformed-row");
        assertThat(report.json().get("problems").get(0).get("message").asString())
                .contains("earlier");
        assertThat(report.body()).doesNotContain("NOSUCHTUBE0001");
    }

    @Test
    void uploading_the_same_file_again_changes_nothing() {
        // given an accepted file
        List<Resident> pool = fixtures.register(2);
        String tube = fixtures.sealedTube(pool);
        byte[] file =
                csv(row(tube, "NEGATIVE", "33.1", hoursAgo(7), hoursAgo(2))).getBytes(StandardCharsets.UTF_8);
        LabFixtures.uploadCsv(lab.staff(), file, null);

        // when it is uploaded again
        clock.advance(Duration.ofMinutes(1));
        ApiClient.Response again = LabFixtures.uploadCsv(lab.staff(), file, null);

        // then nothing new is recorded and no row is an error
        assertThat(again.json().get("accepted").asLong()).isZero();
        assertThat(again.json().get("unchanged").asLong()).isEqualTo(1);
        assertThat(again.json().get("rejected").asLong()).isZero();
        assertThat(again.json().get("factsRecorded").asInt()).isZero();
        assertThat(testResults(pool.get(0))).hasSize(1);
    }

    @Test
    void a_file_larger_than_the_limit_is_refused_whole() {
        String tube = fixtures.sealedTube(List.of(fixtures.register()));
        StringBuilder big = new StringBuilder(csv(row(tube, "NEGATIVE", "", hoursAgo(3), hoursAgo(1))));
        while (big.length() < 1_200_000) {
            big.append("# padding that makes the file larger than the 1 MB limit of the tests\n");
        }

        ApiClient.Response refused =
                LabFixtures.uploadCsv(lab.staff(), big.toString().getBytes(StandardCharsets.UTF_8), null);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.code()).isEqualTo("file-too-large");
    }

    @Test
    void a_file_in_no_known_encoding_and_a_file_without_the_header_are_refused() {
        byte[] garbage = {'t', 'u', 'b', 'e', ',', (byte) 0xFF, (byte) 0xFE, (byte) 0x80, '\n'};

        ApiClient.Response unreadable = LabFixtures.uploadCsv(lab.staff(), garbage, null);
        ApiClient.Response headless =
                LabFixtures.uploadCsv(lab.staff(), "T0000000001,NEGATIVE\n".getBytes(StandardCharsets.UTF_8), null);

        assertThat(unreadable.code()).isEqualTo("unreadable-encoding");
        assertThat(headless.code()).isEqualTo("header-invalid");
    }

    @Test
    void staff_of_no_lab_cannot_upload_and_other_roles_cannot_reach_the_page() {
        ApiClient stranger = journeys.staff(client(), "LAB");
        ApiClient sampler = fixtures.sampler();

        ApiClient.Response refused = LabFixtures.uploadCsv(stranger, HEADER.getBytes(StandardCharsets.UTF_8), null);

        assertThat(refused.code()).isEqualTo("lab-unassigned");
        assertThat(sampler.get("/lab").status()).isEqualTo(403);
        assertThat(lab.staff().get("/lab").body()).contains("/js/lab-upload.js");
    }

    private List<Fact> testResults(Resident resident) {
        return facts.of(resident.id()).stream()
                .filter(fact -> fact.kind() == FactKind.TEST_RESULT_REPORTED)
                .toList();
    }

    private Fact onlyTestResult(Resident resident) {
        List<Fact> results = testResults(resident);
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private String hoursAgo(int hours) {
        return clock.instant()
                .truncatedTo(ChronoUnit.SECONDS)
                .minus(Duration.ofHours(hours))
                .toString();
    }

    private String inHours(int hours) {
        return clock.instant()
                .truncatedTo(ChronoUnit.SECONDS)
                .plus(Duration.ofHours(hours))
                .toString();
    }

    static String row(String tube, String result, String ct, String sampledAt, String reportedAt) {
        return String.join(",", tube, result, ct, sampledAt, reportedAt) + "\n";
    }

    static String csv(String... rows) {
        return HEADER + String.join("", rows);
    }
}
