package org.healthcode.labimport;

import java.time.Instant;
import java.util.Optional;

/**
 * One row of the CHOP file as the import uses it, with the times the import gives it.
 *
 * @param row the CSV record number (the header is record 1)
 * @param subjectId the file's de-identified subject number; several rows may share one
 * @param outcome {@code NEGATIVE}, {@code POSITIVE} or {@code INVALID}
 * @param ct the cycle threshold as written, when the file has a number
 * @param sampledAt the sampling time derived from {@code pan_day}
 * @param reportedAt the sampling time plus the file's two turnaround times
 */
public record ChopResult(
        long row, int subjectId, String outcome, Optional<String> ct, Instant sampledAt, Instant reportedAt) {

    /** The tube the import binds this result to: {@code CHOP} and the row number, one tube per row. */
    public String barcode() {
        return "CHOP%08d".formatted(row);
    }

    public boolean positive() {
        return outcome.equals("POSITIVE");
    }

    public boolean negative() {
        return outcome.equals("NEGATIVE");
    }

    public boolean invalid() {
        return outcome.equals("INVALID");
    }
}
