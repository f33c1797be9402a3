package org.healthcode.labresults;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.stream.LongStream;
import org.healthcode.sampling.TubeBarcode;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures the set-based intake: 20,000 sealed 5-in-1 tubes (100,000 people) get their results in one call, and
 * again (idempotent). The figures are printed for docs/lab-results.md; the test asserts only the counts, since the
 * machines are shared and noisy.
 */
class IntakeThroughputTest extends IntegrationTest {

    private static final int TUBES = 20_000;
    private static final int POOL = 5;

    @Autowired
    ResultIntake intake;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void twenty_thousand_mixed_tubes_are_applied_in_one_transaction_and_again_without_change() {
        // given 20,000 sealed 5-in-1 tubes of made-up residents, created directly in the database
        String prefix = "P" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase() + "X";
        Instant sampled = clock.instant().minus(Duration.ofHours(12)).truncatedTo(ChronoUnit.SECONDS);
        createPools(prefix, sampled);
        LabCaller lab = new LabCaller(createLab(prefix), "system:throughput-test");

        // when the lab's results are applied, then applied again
        long start = System.nanoTime();
        IntakeReport first = intake.accept(lab, rows(prefix, sampled), null);
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        IntakeReport again = intake.accept(lab, rows(prefix, sampled), null);
        long againMillis = (System.nanoTime() - start) / 1_000_000;

        // then every member got one fact, once
        System.out.printf(
                "intake: %d tubes, %d facts in %d ms (%.0f facts/s); re-applied in %d ms%n",
                TUBES, first.factsRecorded(), firstMillis, first.factsRecorded() * 1000.0 / firstMillis, againMillis);
        assertThat(first.accepted()).isEqualTo(TUBES);
        assertThat(first.factsRecorded()).isEqualTo(TUBES * POOL);
        assertThat(again.accepted()).isZero();
        assertThat(again.unchanged()).isEqualTo(TUBES);
        assertThat(again.factsRecorded()).isZero();
    }

    private Iterator<ParsedRow> rows(String prefix, Instant sampled) {
        return LongStream.range(0, TUBES)
                .mapToObj(i -> (ParsedRow) new ParsedRow.Valid(new ReportedResult(
                        i + 2,
                        TubeBarcode.of(prefix + "%08d".formatted(i)),
                        i % 50 == 0 ? Outcome.POSITIVE : Outcome.NEGATIVE,
                        null,
                        sampled,
                        sampled.plus(Duration.ofHours(8)))))
                .iterator();
    }

    private String createLab(String prefix) {
        String code = "LAB-" + prefix;
        jdbc.sql("insert into lab (code, name, created_at) values (?, 'Throughput lab', now())")
                .param(code)
                .update();
        return code;
    }

    private void createPools(String prefix, Instant sampled) {
        Timestamp at = Timestamp.from(sampled);
        jdbc.sql("""
                        insert into tube (barcode, kind, capacity, round, opened_at, opened_by, sealed_at, sealed_by)
                        select ? || lpad(i::text, 8, '0'), 'MIXED', ?, current_date, ?, 'test', ?, 'test'
                        from generate_series(0, ? - 1) i""").params(prefix, POOL, at, at, TUBES).update();
        jdbc.sql("""
                        insert into resident (id, document_type, document_hash, document_cipher, name_cipher,
                                              guardian_id, phone_hash, phone_cipher, home_division, address_cipher,
                                              created_at)
                        select gen_random_uuid(), 'RESIDENT_ID_CARD', sha256((? || i)::bytea), '\\x00', '\\x00',
                               null, sha256((? || 'p' || i)::bytea), '\\x00', '310115', '\\x00', now()
                        from generate_series(0, ? - 1) i""").params(prefix, prefix, TUBES * POOL).update();
        jdbc.sql("""
                        insert into tube_member (barcode, resident_id, round, open, bound_at, bound_by)
                        select ? || lpad((n / ?)::text, 8, '0'), id, current_date, false, ?, 'test'
                        from (select id, row_number() over () - 1 as n from resident
                              where document_hash in (select sha256((? || i)::bytea)
                                                      from generate_series(0, ? - 1) i)) r""").params(prefix, POOL, at, prefix, TUBES * POOL).update();
    }
}
