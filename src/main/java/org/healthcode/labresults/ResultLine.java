package org.healthcode.labresults;

import java.math.BigDecimal;

/**
 * One result in the JSON API; the fields mean what the CSV columns of the same names mean.
 *
 * @param tube the tube barcode
 * @param result {@code NEGATIVE}, {@code POSITIVE} or {@code INVALID}
 * @param ct the cycle threshold, optional
 * @param sampledAt when the swabs were taken
 * @param reportedAt when the lab issued the result
 */
public record ResultLine(String tube, String result, BigDecimal ct, String sampledAt, String reportedAt) {}
