package org.healthcode.labimport;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;

/**
 * What one import run did and found, as printed at its end.
 *
 * @param rowsRead result rows in the file
 * @param resultsInFile rows per result (NEGATIVE, POSITIVE, INVALID)
 * @param subjects distinct subjects, one synthetic resident each
 * @param registered residents this run registered (the others existed)
 * @param declared residents this run declared for
 * @param tubesBound tubes this run opened and filled (the others were sealed before)
 * @param upload the lab upload's report: accepted, unchanged, rejected, and rejections per code
 * @param colours the imported subjects' colours afterwards, as an auditor reads them (NONE: no code)
 * @param coloursByLatestResult colours counted per subject's latest result (by sampling time)
 * @param colourOfSubject each subject's colour, by subject number
 * @param timings how long each step took
 */
public record ImportSummary(
        int rowsRead,
        Map<String, Long> resultsInFile,
        int subjects,
        long registered,
        long declared,
        long tubesBound,
        UploadReport upload,
        Map<String, Long> colours,
        Map<String, Map<String, Long>> coloursByLatestResult,
        Map<Integer, String> colourOfSubject,
        Map<String, Duration> timings) {

    /** The counts of {@code POST /api/lab/results/csv}; {@code rejectedByCode} comes from the (capped) problem list. */
    public record UploadReport(
            int rowsRead,
            int accepted,
            int unchanged,
            int rejected,
            int factsRecorded,
            Map<String, Long> rejectedByCode,
            boolean problemsTruncated) {}

    void print(PrintWriter out) {
        out.printf("rows read: %d %s%n", rowsRead, resultsInFile);
        out.printf(
                "subjects: %d (registered now: %d, declared now: %d); tubes bound now: %d%n",
                subjects, registered, declared, tubesBound);
        out.printf(
                "lab upload: rows %d, accepted %d, unchanged %d, rejected %d %s%s, facts recorded %d%n",
                upload.rowsRead(),
                upload.accepted(),
                upload.unchanged(),
                upload.rejected(),
                upload.rejectedByCode(),
                upload.problemsTruncated() ? " (problem list truncated)" : "",
                upload.factsRecorded());
        out.printf("colours of the imported subjects: %s%n", colours);
        coloursByLatestResult.forEach((result, counts) -> out.printf("  latest result %s: %s%n", result, counts));
        timings.forEach((step, took) -> out.printf("time %s: %.1f s%n", step, took.toMillis() / 1000.0));
        out.flush();
    }
}
