package org.healthcode.labimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.MutableClock;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;

/**
 * The real CHOP file (15,524 de-identified PCR results, src/test/resources/lab/chop) imported by the command's own
 * entry point over real HTTP into the test server. Expected colours are derived here from the file and the default
 * rule set (rules/310000/v1.yml): a positive single tube is red until two negatives sampled after it, at least 24 h
 * apart; otherwise an invalid result not followed by a valid one sampled later is yellow; otherwise green.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportLabResultsTest extends IntegrationTest {

    private static final Path CHOP_FILE = Path.of("src/test/resources/lab/chop/covid_testing_deid.csv");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The second run reads only the file's first rows: every step is repeated, in less time than the whole file. */
    private static final int RERUN_ROWS = 1_000;

    private static ImportSummary firstRun;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    @Order(1)
    void importing_the_chop_file_accepts_every_result_of_the_file() throws Exception {
        ImportSummary summary = firstRun();

        assertThat(summary.rowsRead()).isEqualTo(15_524);
        assertThat(summary.resultsInFile())
                .containsExactlyInAnyOrderEntriesOf(Map.of("NEGATIVE", 14_358L, "POSITIVE", 865L, "INVALID", 301L));
        assertThat(summary.upload().accepted()).isEqualTo(15_524);
        assertThat(summary.upload().rejected()).isZero();
        assertThat(summary.upload().rejectedByCode()).isEmpty();
        assertThat(acceptedPerResult())
                .containsExactlyInAnyOrderEntriesOf(Map.of("NEGATIVE", 14_358L, "POSITIVE", 865L, "INVALID", 301L));
        assertThat(summary.subjects()).isEqualTo(12_344);
        assertThat(summary.registered()).isEqualTo(12_344);
        assertThat(summary.tubesBound()).isEqualTo(15_524);
        assertThat(unrevokedLabKeys())
                .as("the run's lab key is revoked after the upload")
                .isZero();
    }

    @Test
    @Order(2)
    void every_imported_subject_has_the_colour_the_default_rules_give_their_results() throws Exception {
        ImportSummary summary = firstRun();
        Map<Integer, String> expected = expectedColours(readFile());

        assertThat(summary.colourOfSubject()).isEqualTo(expected);
        assertThat(summary.colours().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(12_344);
        assertThat(summary.coloursByLatestResult().get("POSITIVE")).containsOnlyKeys("RED");
        assertThat(summary.coloursByLatestResult().get("INVALID")).containsKey("YELLOW");
    }

    @Test
    @Order(3)
    void running_the_import_again_finds_everything_and_changes_nothing(@TempDir Path folder) throws Exception {
        ImportSummary first = firstRun();
        Path firstRows = folder.resolve("first-rows.csv");
        Files.write(firstRows, Files.readAllLines(CHOP_FILE).subList(0, 1 + RERUN_ROWS));
        clock.advance(Duration.ofMinutes(2));

        ImportSummary again = run(firstRows);

        assertThat(again.upload().accepted()).isZero();
        assertThat(again.upload().unchanged()).isEqualTo(RERUN_ROWS);
        assertThat(again.upload().rejected()).isZero();
        assertThat(again.registered()).isZero();
        assertThat(again.declared()).isZero();
        assertThat(again.tubesBound()).isZero();
        assertThat(again.colourOfSubject()).isNotEmpty();
        again.colourOfSubject()
                .forEach((subject, colour) ->
                        assertThat(colour).isEqualTo(first.colourOfSubject().get(subject)));
    }

    private synchronized ImportSummary firstRun() {
        if (firstRun == null) {
            firstRun = run(CHOP_FILE);
        }
        return firstRun;
    }

    private ImportSummary run(Path file) {
        ImportLabResults command = new ImportLabResults();
        StringWriter out = new StringWriter();
        int exit = new CommandLine(command)
                .setOut(new PrintWriter(out))
                .execute(
                        "--server",
                        "http://127.0.0.1:" + port,
                        "--file",
                        file.toString(),
                        "--admin-password",
                        "test-admin-password-1",
                        "--threads",
                        "4");
        assertThat(exit).as(out.toString()).isZero();
        return command.summary();
    }

    private Map<String, Long> acceptedPerResult() {
        return jdbc
                .sql("select result, count(*) from lab_result where lab_code = 'CHOP' group by result")
                .query((row, number) -> Map.entry(row.getString(1), row.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private long unrevokedLabKeys() {
        return jdbc.sql("select count(*) from lab_api_key where lab_code = 'CHOP' and revoked_at is null")
                .query(Long.class)
                .single();
    }

    private static List<ChopResult> readFile() throws Exception {
        return new ChopFile(LocalDate.of(2020, 3, 1), ZONE).read(CHOP_FILE);
    }

    private static Map<Integer, String> expectedColours(List<ChopResult> results) {
        Map<Integer, List<ChopResult>> bySubject = results.stream()
                .sorted(Comparator.comparing(ChopResult::sampledAt))
                .collect(Collectors.groupingBy(ChopResult::subjectId, TreeMap::new, Collectors.toList()));
        Map<Integer, String> colours = new TreeMap<>();
        bySubject.forEach((subject, ofSubject) -> colours.put(subject, expectedColour(ofSubject)));
        return colours;
    }

    private static String expectedColour(List<ChopResult> sampledInOrder) {
        Optional<ChopResult> lastPositive =
                sampledInOrder.stream().filter(ChopResult::positive).reduce((earlier, later) -> later);
        if (lastPositive.isPresent() && negativesAfter(sampledInOrder, lastPositive.get()) < 2) {
            return "RED";
        }
        Optional<ChopResult> lastInvalid =
                sampledInOrder.stream().filter(ChopResult::invalid).reduce((earlier, later) -> later);
        boolean retested = lastInvalid.isPresent()
                && sampledInOrder.stream()
                        .anyMatch(result -> !result.invalid()
                                && result.sampledAt().isAfter(lastInvalid.get().sampledAt()));
        return lastInvalid.isPresent() && !retested ? "YELLOW" : "GREEN";
    }

    private static int negativesAfter(List<ChopResult> sampledInOrder, ChopResult positive) {
        int counted = 0;
        Instant earliest = positive.sampledAt();
        for (ChopResult result : sampledInOrder) {
            if (result.negative() && result.sampledAt().isAfter(earliest)) {
                counted++;
                earliest = result.sampledAt().plus(Duration.ofHours(24)).minusNanos(1);
            }
        }
        return counted;
    }
}
