package org.healthcode.labimport;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CHOP file ({@code covid_testing_deid.csv}, R package {@code medicaldata}) and gives each row its times.
 *
 * <p>Day {@code pan_day} of the pandemic is sampled on {@code start + pan_day} days at 08:00 in {@code zone}; a
 * subject's further rows of the same day follow one minute apart, in file order. The report time adds
 * {@code col_rec_tat} and {@code rec_ver_tat} (hours): a negative turnaround counts as zero and the sum is capped at
 * {@link #LONGEST_TURNAROUND}, because the file holds a few rows whose turnaround would put the report in the future.
 * Only the subject number, day, result, Ct and turnaround columns are read: the file's fake names are not used.
 */
public final class ChopFile {

    /** The longest turnaround the import keeps; longer ones in the file are cut to it. */
    public static final Duration LONGEST_TURNAROUND = Duration.ofDays(30);

    private static final LocalTime SAMPLING_TIME = LocalTime.of(8, 0);
    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private final LocalDate start;
    private final ZoneId zone;

    public ChopFile(LocalDate start, ZoneId zone) {
        this.start = start;
        this.zone = zone;
    }

    /** Every row of the file in file order; a row the import cannot read stops it with the row number. */
    public List<ChopResult> read(Path file) throws IOException {
        List<ChopResult> results = new ArrayList<>();
        Map<String, Integer> sameDay = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord record : FORMAT.parse(reader)) {
                results.add(result(record, sameDay));
            }
        }
        return results;
    }

    private ChopResult result(CSVRecord record, Map<String, Integer> sameDay) {
        long row = record.getRecordNumber() + 1;
        try {
            int subject = Integer.parseInt(record.get("subject_id").strip());
            int day = Integer.parseInt(record.get("pan_day").strip());
            int earlier = sameDay.merge(subject + "/" + day, 1, Integer::sum) - 1;
            Instant sampledAt = start.plusDays(day)
                    .atTime(SAMPLING_TIME)
                    .atZone(zone)
                    .toInstant()
                    .plus(Duration.ofMinutes(earlier));
            Instant reportedAt = sampledAt.plus(turnaround(record));
            return new ChopResult(row, subject, outcome(record), ct(record), sampledAt, reportedAt);
        } catch (IllegalArgumentException unreadable) {
            throw new IllegalArgumentException("row " + row + " of the CHOP file is unreadable", unreadable);
        }
    }

    private static String outcome(CSVRecord record) {
        String result = record.get("result").strip().toUpperCase(Locale.ROOT);
        if (!List.of("NEGATIVE", "POSITIVE", "INVALID").contains(result)) {
            throw new IllegalArgumentException("unknown result");
        }
        return result;
    }

    private static Optional<String> ct(CSVRecord record) {
        String ct = record.get("ct_result").strip();
        if (!ct.matches("\\d{1,2}(\\.\\d+)?")) {
            return Optional.empty();
        }
        double value = Double.parseDouble(ct);
        return value > 0 && value <= 50 ? Optional.of(ct) : Optional.empty();
    }

    private static Duration turnaround(CSVRecord record) {
        double hours = Math.max(0, hours(record.get("col_rec_tat"))) + Math.max(0, hours(record.get("rec_ver_tat")));
        Duration turnaround = Duration.ofSeconds(Math.round(hours * 3600));
        return turnaround.compareTo(LONGEST_TURNAROUND) > 0 ? LONGEST_TURNAROUND : turnaround;
    }

    private static double hours(String value) {
        String hours = value.strip();
        return hours.isEmpty() || hours.equalsIgnoreCase("NA") ? 0 : Double.parseDouble(hours);
    }
}
