package org.healthcode.labresults;

/**
 * Why one row of an upload was not accepted.
 *
 * @param row the row as in {@link ReportedResult#row()}
 * @param code a {@link LabErrorCode} code, such as {@code result-conflict}
 * @param message the code's explanation in the uploader's language
 */
public record RowProblem(long row, String code, String message) {}
