package org.healthcode.bench;

import java.io.BufferedWriter;
import java.io.Reader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.healthcode.privacy.LookupHasher;
import org.healthcode.privacy.PersonalDataCipher;
import org.healthcode.privacy.PrivacyKeys;
import org.healthcode.privacy.PrivacyProperties;
import org.postgresql.PGConnection;

/**
 * One round of mass testing, end to end: residents in sealed mixed tubes (seeded set-based, as the application would
 * have written them), the lab's CSV uploaded through {@code POST /api/lab/results/csv} of a running server
 * ({@code -Xmx512m}, durable embedded PostgreSQL), timed from the first byte sent until every member's colour is
 * final; compared with a raw COPY of the same CSV rows, and of the facts they become, on the same database. See
 * docs/benchmarks.md for how to run it.
 */
public final class MassTestingBenchmark {

    private static final String BOUNDARY = "----healthcode-bench-boundary";

    private MassTestingBenchmark() {}

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.parse(args);
        wipe(settings.dataDir());
        Files.createDirectories(settings.dataDir());
        Map<String, String> keys = Map.of("data", randomKey(), "lookup", randomKey());
        PrivacyKeys privacyKeys = PrivacyKeys.from(
                new PrivacyProperties(Map.of("bench", keys.get("data")), "bench", keys.get("lookup")));
        say("residents=%d tubes=%d pool=%d positive-tubes=%.4f", settings.residents(), settings.tubes(),
                settings.poolSize(), settings.positiveTubes());
        try (BenchServer server = BenchServer.start(settings, keys);
                Connection db = DriverManager.getConnection(settings.jdbcUrl(), "postgres", "")) {
            Population population = new Population(
                    settings, new PersonalDataCipher(privacyKeys), new LookupHasher(privacyKeys), Instant.now());
            String labKey = seed(db, population);
            Path csv = writeCsv(settings, population);
            double copyCsv = copyCsv(db, csv);
            run(settings, server, db, labKey, csv, copyCsv);
        }
    }

    private static String seed(Connection db, Population population) throws Exception {
        long started = System.nanoTime();
        population.seedResidents(db);
        say("seeded residents in %.1f s", seconds(started));
        population.seedDeclarations(db);
        population.seedTubes(db);
        String key = population.seedLab(db);
        say("seeded declarations, facts, code subjects, tubes in %.1f s", seconds(started));
        analyze(db);
        long colours = System.nanoTime();
        Instant due = Instant.now();
        population.markEveryoneDue(db);
        awaitFinal(db, due, "true");
        say("first colours derived by the server in %.1f s (%s)", seconds(colours), colourCounts(db, due));
        return key;
    }

    private static void run(
            BenchSettings settings, BenchServer server, Connection db, String labKey, Path csv, double copyCsv)
            throws Exception {
        int rows = settings.tubes();
        double fromUptime = server.uptimeSeconds();
        Instant start = Instant.now();
        long started = System.nanoTime();
        String report = upload(server, labKey, csv);
        double answered = seconds(started);
        awaitFinal(db, start, "r.lab_code = 'BENCH-LAB'");
        double endToEnd = seconds(started);
        double toUptime = server.uptimeSeconds();
        long[] heap = server.peakHeapMb(fromUptime, toUptime);
        say("upload report: %s", report.length() > 400 ? report.substring(0, 400) + "..." : report);
        say("upload answered after %.1f s; every colour final after %.1f s", answered, endToEnd);
        say("colour changes after the upload: %s", colourCounts(db, start));
        double copyFacts = copyFacts(db);
        long facts = (long) rows * settings.poolSize();
        say("RESULT rows=%d facts=%d endToEnd=%.1fs rate=%.0f rows/s (%.0f facts/s)", rows, facts, endToEnd,
                rows / endToEnd, settings.residents() / endToEnd);
        say("RESULT COPY csv rows: %.2fs = %.0f rows/s; ratio end-to-end/COPY = %.4f (goal >= 0.25)", copyCsv,
                rows / copyCsv, copyCsv / endToEnd);
        say("RESULT COPY fact rows: %.2fs = %.0f rows/s; ratio = %.4f", copyFacts, settings.residents() / copyFacts,
                copyFacts / endToEnd);
        say("RESULT peak heap used %d MB of at most %d MB committed (GC log, during the upload and re-evaluation)",
                heap[0], heap[1]);
    }

    private static String upload(BenchServer server, String labKey, Path csv) throws Exception {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"round.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        HttpRequest request = HttpRequest.newBuilder(server.uri("/api/lab/results/csv"))
                .header("X-Lab-Key", labKey)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(csv),
                        HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("upload answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    /**
     * Waits until nobody is due for re-evaluation and every person concerned (members of the lab's tubes, or
     * everyone) was evaluated after {@code since}.
     */
    private static void awaitFinal(Connection db, Instant since, String concerned) throws Exception {
        while (true) {
            if (count(db, "select count(*) from colour_evaluation where next_evaluation_at <= now()") == 0
                    && count(db, """
                            select count(*) from tube_member m
                            join lab_result r on r.barcode = m.barcode
                            left join colour_evaluation e on e.resident_id = m.resident_id
                            where %s and (e.evaluated_at is null or e.evaluated_at < '%s')"""
                            .formatted(concerned, Timestamp.from(since))) == 0) {
                return;
            }
            Thread.sleep(250);
        }
    }

    private static Path writeCsv(BenchSettings settings, Population population) throws Exception {
        Path csv = settings.dataDir().resolve("round.csv");
        Instant sampled = population.sampledAt();
        Instant reported = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("tube,result,ct,sampled_at,reported_at\n");
            for (int t = 0; t < settings.tubes(); t++) {
                boolean positive = population.positive(t);
                out.write(Population.barcode(t) + (positive ? ",POSITIVE,28.5," : ",NEGATIVE,,") + sampled + ","
                        + reported + "\n");
            }
        }
        return csv;
    }

    /** The limit: the same CSV file COPYed into a plain table with its columns (no index), on the same database. */
    private static double copyCsv(Connection db, Path csv) throws Exception {
        execute(db, "create table bench_copy_csv (tube text, result text, ct numeric, sampled_at timestamptz, "
                + "reported_at timestamptz)");
        long started = System.nanoTime();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            db.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy bench_copy_csv from stdin (format csv, header true)", in);
        }
        double took = seconds(started);
        execute(db, "drop table bench_copy_csv");
        return took;
    }

    /** The facts the upload recorded, COPYed again into a plain table shaped like {@code fact} (no index). */
    private static double copyFacts(Connection db) throws Exception {
        execute(db, "create table bench_copy_fact (resident_id uuid, kind text, detail jsonb, recorded_at timestamptz,"
                + " recorded_by text)");
        Path dump = Files.createTempFile("bench-facts", ".tsv");
        try (BufferedWriter out = Files.newBufferedWriter(dump);
                Statement query = db.createStatement()) {
            db.setAutoCommit(false);
            query.setFetchSize(10_000);
            try (ResultSet row = query.executeQuery("select resident_id, kind, detail, recorded_at, recorded_by "
                    + "from fact where kind = 'TEST_RESULT_REPORTED'")) {
                while (row.next()) {
                    out.write(row.getString(1) + "\t" + row.getString(2) + "\t" + row.getString(3) + "\t"
                            + row.getString(4) + "\t" + row.getString(5) + "\n");
                }
            }
            db.commit();
            db.setAutoCommit(true);
        }
        long started = System.nanoTime();
        try (Reader in = Files.newBufferedReader(dump)) {
            db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_copy_fact from stdin", in);
        }
        double took = seconds(started);
        execute(db, "drop table bench_copy_fact");
        Files.delete(dump);
        return took;
    }

    private static String colourCounts(Connection db, Instant since) throws SQLException {
        StringBuilder counts = new StringBuilder();
        try (PreparedStatement query = db.prepareStatement("select from_colour || '->' || to_colour, count(*) "
                + "from colour_change where changed_at >= ? group by 1 order by 1")) {
            query.setTimestamp(1, Timestamp.from(since));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    counts.append(row.getString(1)).append('=').append(row.getLong(2)).append(' ');
                }
            }
        }
        return counts.toString().strip();
    }

    private static void analyze(Connection db) throws SQLException {
        execute(db, "analyze");
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement query = db.createStatement();
                ResultSet row = query.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void wipe(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static void say(String format, Object... args) {
        System.out.printf("[%s] %s%n", Instant.now().truncatedTo(ChronoUnit.SECONDS), format.formatted(args));
    }
}
