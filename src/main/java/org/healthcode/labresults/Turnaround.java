package org.healthcode.labresults;

/**
 * How long a lab takes from sampling to report, over all the results it reported.
 *
 * @param medianHours the median of (report time - sampling time) in hours
 * @param p90Hours the 90th percentile of the same, in hours
 */
public record Turnaround(String lab, long results, double medianHours, double p90Hours) {}
