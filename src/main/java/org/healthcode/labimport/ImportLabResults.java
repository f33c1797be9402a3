package org.healthcode.labimport;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Imports the CHOP file of real de-identified PCR results into a running server through its public API, against
 * synthetic residents made for its subjects, and prints what was accepted and the colours that follow. Safe to run
 * again: the same residents, tubes and results are found and reported unchanged. See docs/lab-results.md.
 */
@Command(
        name = "import-lab-results",
        mixinStandardHelpOptions = true,
        description = "Imports covid_testing_deid.csv through the lab API of a running health-code server.")
public class ImportLabResults implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--server", defaultValue = "http://localhost:8080", description = "server address")
    private URI server;

    @Option(names = "--file", required = true, description = "the CHOP file covid_testing_deid.csv")
    private Path file;

    @Option(names = "--admin-user", defaultValue = "admin", description = "an administrator's username")
    private String adminUser;

    @Option(
            names = "--admin-password",
            defaultValue = "${env:HEALTHCODE_ADMIN_PASSWORD}",
            description = "the administrator's password (default: environment HEALTHCODE_ADMIN_PASSWORD)")
    private String adminPassword;

    @Option(names = "--lab", defaultValue = "CHOP", description = "code of the lab the results come from")
    private String labCode;

    @Option(names = "--start-date", defaultValue = "2020-03-01", description = "the date of pan_day 0")
    private LocalDate startDate;

    @Option(names = "--zone", defaultValue = "Asia/Shanghai", description = "zone of the sampling times")
    private ZoneId zone;

    @Option(names = "--threads", defaultValue = "4", description = "parallel HTTP clients, 1 to 32")
    private int threads;

    private ImportSummary summary;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ImportLabResults()).execute(args));
    }

    /** The summary of the last run, for callers that run the command in-process. */
    public ImportSummary summary() {
        return summary;
    }

    @Override
    public Integer call() throws Exception {
        if (adminPassword == null || adminPassword.isBlank() || threads < 1 || threads > 32) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "give --admin-password (or HEALTHCODE_ADMIN_PASSWORD) and 1 to 32 --threads");
        }

        PrintWriter out = spec.commandLine().getOut();
        try {
            summary = run(out);
            summary.print(out);
            return 0;
        } catch (ImportFailedException failed) {
            spec.commandLine().getErr().println("import failed: " + failed.getMessage());
            return 1;
        }
    }

    private ImportSummary run(PrintWriter out) throws Exception {
        Map<String, Duration> timings = new LinkedHashMap<>();
        List<ChopResult> results = new ChopFile(startDate, zone).read(file);
        Map<Integer, SyntheticSubject> subjects = results.stream()
                .map(ChopResult::subjectId)
                .distinct()
                .collect(Collectors.toMap(id -> id, SyntheticSubject::of, (one, other) -> one, TreeMap::new));
        out.printf("read %d rows of %d subjects; preparing staff accounts%n", results.size(), subjects.size());
        out.flush();

        Instant started = Instant.now();
        ApiSession admin = new ApiSession(server).logInAsStaff(adminUser, adminPassword);
        StaffSetup.Staff staff = new StaffSetup(server, admin, Clock.systemUTC()).prepare(labCode);
        Map<Integer, Enrolment.Enrolled> enrolled = enrol(subjects.values(), new Enrolment(server, admin));
        timings.put("residents", Duration.between(started, Instant.now()));

        started = Instant.now();
        TubeBinding binding = new TubeBinding(staff.sampler(), staff.siteId(), zone);
        long bound = inParallel(results, result -> binding.bind(result, subjects.get(result.subjectId()))).stream()
                .filter(Boolean::booleanValue)
                .count();
        timings.put("tubes", Duration.between(started, Instant.now()));

        started = Instant.now();
        ImportSummary.UploadReport upload = new LabUpload(staff.lab()).upload(results);
        staff.revokeLabKey();
        timings.put("upload", Duration.between(started, Instant.now()));

        started = Instant.now();
        Map<Integer, String> colours = colours(staff.auditor(), enrolled);
        timings.put("colours", Duration.between(started, Instant.now()));
        return summary(results, subjects.size(), enrolled, bound, upload, colours, timings);
    }

    private static ImportSummary summary(
            List<ChopResult> results,
            int subjects,
            Map<Integer, Enrolment.Enrolled> enrolled,
            long bound,
            ImportSummary.UploadReport upload,
            Map<Integer, String> colours,
            Map<String, Duration> timings) {
        return new ImportSummary(
                results.size(),
                count(results.stream().map(ChopResult::outcome).toList()),
                subjects,
                enrolled.values().stream()
                        .filter(Enrolment.Enrolled::registered)
                        .count(),
                enrolled.values().stream().filter(Enrolment.Enrolled::declared).count(),
                bound,
                upload,
                count(colours.values()),
                coloursByLatestResult(results, colours),
                new TreeMap<>(colours),
                timings);
    }

    /** Enrols subjects in parallel; subjects with the same masked phone go to the same worker, one after another. */
    private Map<Integer, Enrolment.Enrolled> enrol(Collection<SyntheticSubject> subjects, Enrolment enrolment)
            throws Exception {
        Map<Integer, List<SyntheticSubject>> byWorker =
                subjects.stream().collect(Collectors.groupingBy(subject -> (subject.subjectId() % 10_000) % threads));
        Map<Integer, Enrolment.Enrolled> enrolled = new ConcurrentHashMap<>();
        AtomicLong done = new AtomicLong();
        inParallel(new ArrayList<>(byWorker.values()), worker -> {
            ApiSession client = enrolment.newClient();
            for (SyntheticSubject subject : worker) {
                enrolled.put(subject.subjectId(), enrolment.enrol(subject, client));
                progress(done.incrementAndGet(), subjects.size());
            }
            return worker.size();
        });
        return enrolled;
    }

    private void progress(long done, int total) {
        if (done % 1_000 == 0 || done == total) {
            spec.commandLine().getOut().printf("residents ready: %d of %d%n", done, total);
            spec.commandLine().getOut().flush();
        }
    }

    private Map<Integer, String> colours(ApiSession auditor, Map<Integer, Enrolment.Enrolled> enrolled)
            throws Exception {
        Map<Integer, String> colours = new ConcurrentHashMap<>();
        inParallel(
                new ArrayList<>(enrolled.entrySet()),
                entry -> colours.put(
                        entry.getKey(),
                        auditor.get("/api/reviews/residents/" + entry.getValue().residentId() + "/history")
                                .expect(200, "reading a subject's colour")
                                .json()
                                .get("colour")
                                .asString()));
        return colours;
    }

    private static Map<String, Map<String, Long>> coloursByLatestResult(
            List<ChopResult> results, Map<Integer, String> colours) {
        Map<Integer, ChopResult> latest = results.stream()
                .collect(Collectors.toMap(
                        ChopResult::subjectId,
                        result -> result,
                        (one, other) ->
                                Comparator.comparing(ChopResult::sampledAt).compare(one, other) >= 0 ? one : other));
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        latest.forEach((subject, result) -> counts.computeIfAbsent(result.outcome(), outcome -> new TreeMap<>())
                .merge(colours.get(subject), 1L, Long::sum));
        return counts;
    }

    private static Map<String, Long> count(Collection<String> values) {
        return values.stream().collect(Collectors.groupingBy(value -> value, TreeMap::new, Collectors.counting()));
    }

    private <T, R> List<R> inParallel(List<T> items, Function<T, R> work) throws Exception {
        try (var pool = new ParallelCalls(threads)) {
            return pool.map(items, work);
        }
    }
}
