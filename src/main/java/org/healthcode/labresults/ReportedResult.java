package org.healthcode.labresults;

import java.math.BigDecimal;
import java.time.Instant;
import org.healthcode.sampling.TubeBarcode;

/**
 * One tube's result as a lab reported it, already validated in form.
 *
 * @param row where it came from: the line of a CSV file (header = 1), the position in a JSON batch or a FHIR bundle
 * @param ct the cycle threshold, or {@code null} when not reported
 */
public record ReportedResult(
        long row, TubeBarcode tube, Outcome outcome, BigDecimal ct, Instant sampledAt, Instant reportedAt) {}
