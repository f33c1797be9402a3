package org.healthcode.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What one benchmark run does, from {@code --key=value} arguments.
 *
 * @param residents how many residents are tested in the round
 * @param poolSize swabs per mixed tube
 * @param positiveTubes the share of tubes reported positive (0.003 = 0.3 %)
 * @param dataDir where the server's database, the CSV file and the logs go (wiped at the start)
 * @param port the server's HTTP port
 * @param dbPort the embedded PostgreSQL's port
 * @param serverHeap the server's -Xmx
 * @param reevaluationInterval the pause of the re-evaluation scheduler between runs
 * @param profile whether the server records a Java Flight Recorder profile (server.jfr in the data directory)
 */
record BenchSettings(
        int residents,
        int poolSize,
        double positiveTubes,
        Path dataDir,
        int port,
        int dbPort,
        String serverHeap,
        String reevaluationInterval,
        boolean profile) {

    static BenchSettings parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            given.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        return new BenchSettings(
                Integer.parseInt(given.getOrDefault("residents", "1000000")),
                Integer.parseInt(given.getOrDefault("pool-size", "10")),
                Double.parseDouble(given.getOrDefault("positive-tubes", "0.003")),
                Path.of(given.getOrDefault("data-dir", "target/masstest")),
                Integer.parseInt(given.getOrDefault("port", "18480")),
                Integer.parseInt(given.getOrDefault("db-port", "54480")),
                given.getOrDefault("server-heap", "512m"),
                given.getOrDefault("reevaluation-interval", "1s"),
                Boolean.parseBoolean(given.getOrDefault("profile", "false")));
    }

    int tubes() {
        return (residents + poolSize - 1) / poolSize;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres";
    }
}
