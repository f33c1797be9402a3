package org.healthcode.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The health-code server as production runs it, in a JVM of its own: {@code -Xmx512m}, GC log, its embedded
 * PostgreSQL with durable settings (fsync, synchronous_commit, full_page_writes on), and the privacy keys the
 * benchmark seeds with.
 */
final class BenchServer implements AutoCloseable {

    private static final Pattern GC_PAUSE = Pattern.compile("\\[([0-9.]+)s].*?(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private final Process process;
    private final Path gcLog;
    private final int port;

    private BenchServer(Process process, Path gcLog, int port) {
        this.process = process;
        this.gcLog = gcLog;
        this.port = port;
    }

    /** Starts the server and waits until it answers its health check. */
    static BenchServer start(BenchSettings settings, Map<String, String> privacyKeys) throws Exception {
        Path gcLog = settings.dataDir().resolve("gc.log").toAbsolutePath();
        String json = privacyJson(privacyKeys);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + settings.serverHeap(),
                "-Xlog:gc:file=" + gcLog + ":uptime"));
        if (settings.profile()) {
            command.add("-XX:StartFlightRecording=filename="
                    + settings.dataDir().resolve("server.jfr").toAbsolutePath() + ",settings=profile");
        }
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                "org.healthcode.HealthCodeApplication",
                "--server.port=" + settings.port(),
                "--healthcode.data-dir=" + settings.dataDir().toAbsolutePath(),
                "--healthcode.database.embedded.port=" + settings.dbPort(),
                "--healthcode.rules.reevaluation-interval=" + settings.reevaluationInterval()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(settings.dataDir().resolve("server.log").toFile());
        builder.environment().put("SPRING_APPLICATION_JSON", json);
        BenchServer server = new BenchServer(builder.start(), gcLog, settings.port());
        server.awaitHealthy();
        return server;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Seconds since the server JVM started, as the GC log counts them. */
    double uptimeSeconds() {
        Instant started = process.info().startInstant().orElseThrow();
        return Duration.between(started, Instant.now()).toMillis() / 1000.0;
    }

    /** The largest heap in use (MB, before a collection) logged between two uptimes, and the heap's largest size. */
    long[] peakHeapMb(double fromUptime, double toUptime) throws IOException {
        long peak = 0;
        long committed = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher pause = GC_PAUSE.matcher(line);
            if (!pause.find()) {
                continue;
            }
            double at = Double.parseDouble(pause.group(1));
            if (at >= fromUptime && at <= toUptime) {
                peak = Math.max(peak, Long.parseLong(pause.group(2)));
                committed = Math.max(committed, Long.parseLong(pause.group(4)));
            }
        }
        return new long[] {peak, committed};
    }

    private void awaitHealthy() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(uri("/actuator/health")).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped; see server.log");
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server did not start within 3 minutes; see server.log");
    }

    private static String privacyJson(Map<String, String> keys) {
        return "{\"healthcode\":{\"privacy\":{\"data-keys\":{\"bench\":\"" + keys.get("data") + "\"},"
                + "\"active-data-key\":\"bench\",\"lookup-key\":\"" + keys.get("lookup") + "\"}}}";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
