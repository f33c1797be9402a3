package org.healthcode.labresults;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.healthcode.sampling.TubeBarcode;

/**
 * Reads the fields of a result as labs write them, in CSV files and JSON: a tube barcode, an outcome, an optional Ct
 * and two times. A time is ISO-8601 with an offset ({@code 2022-04-13T08:30:00+08:00}, {@code ...Z}) or a local date
 * and time in the region's zone ({@code 2022-04-13T08:30:00}, {@code 2022-04-13 08:30}); times are kept to the second.
 */
final class ResultFields {

    private static final BigDecimal MAX_CT = BigDecimal.valueOf(50);
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    private ResultFields() {}

    /** The result in these fields, or the problem {@code malformed-row}. */
    static ParsedRow read(
            long row, String tube, String outcome, String ct, String sampledAt, String reportedAt, ZoneId zone) {
        Optional<Outcome> result = Outcome.read(outcome);
        Optional<Instant> sampled = instant(sampledAt, zone);
        Optional<Instant> reported = instant(reportedAt, zone);
        if (!TubeBarcode.isBarcode(tube) || result.isEmpty() || !isCt(ct)) {
            return new ParsedRow.Invalid(row, LabErrorCode.MALFORMED_ROW);
        }
        if (sampled.isEmpty() || reported.isEmpty() || sampled.get().isAfter(reported.get())) {
            return new ParsedRow.Invalid(row, LabErrorCode.MALFORMED_ROW);
        }

        return new ParsedRow.Valid(new ReportedResult(
                row, TubeBarcode.of(tube), result.get(), ctOrNull(ct), sampled.get(), reported.get()));
    }

    /** Whether the Ct is absent or a number in (0, 50]. */
    private static boolean isCt(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip());
            return value.signum() > 0 && value.compareTo(MAX_CT) <= 0;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static BigDecimal ctOrNull(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
    }

    static Optional<Instant> instant(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant().truncatedTo(ChronoUnit.SECONDS));
        } catch (DateTimeParseException noOffset) {
            return local(value, zone);
        }
    }

    private static Optional<Instant> local(String value, ZoneId zone) {
        try {
            LocalDateTime local =
                    value.indexOf('T') > 0 ? LocalDateTime.parse(value) : LocalDateTime.parse(value, SPACED);
            return Optional.of(local.atZone(zone).toInstant().truncatedTo(ChronoUnit.SECONDS));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
