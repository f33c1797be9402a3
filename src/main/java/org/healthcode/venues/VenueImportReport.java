package org.healthcode.venues;

import java.util.List;

/**
 * What an import did. {@code registered} rows became new venues; {@code unchanged} rows name a venue the uploader had
 * registered before (a re-import); {@code refused} rows failed a check. {@code rows} lists the unchanged and refused
 * rows in file order, at most the configured number ({@code rowsTruncated} says if more were only counted); it never
 * repeats what the row contained.
 *
 * @param format {@code csv} or {@code xlsx}
 * @param charset the character set a CSV file was read in, {@code null} for a workbook
 */
public record VenueImportReport(
        String format,
        String charset,
        long rowsRead,
        long registered,
        long unchanged,
        long refused,
        List<Line> rows,
        boolean rowsTruncated) {

    /**
     * One row's outcome.
     *
     * @param row the row number in the file (the header is row 1)
     * @param code {@code unchanged} or the stable code of the refusal, such as {@code district-unknown}
     * @param message the code's explanation in the uploader's language
     */
    public record Line(long row, String code, String message) {}
}
