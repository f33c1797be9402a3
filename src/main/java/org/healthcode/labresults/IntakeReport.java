package org.healthcode.labresults;

import java.util.List;

/**
 * What an upload did. {@code accepted} results were new and recorded; {@code unchanged} ones were already recorded
 * with the same result (a re-upload); {@code rejected} rows are listed in {@code problems} (at most the configured
 * number, {@code problemsTruncated} says if more were only counted).
 *
 * @param code {@code nothing-to-import} when the upload held no SARS-CoV-2 result at all, otherwise {@code null}
 * @param charset the character set a CSV file was read in, otherwise {@code null}
 */
public record IntakeReport(
        String code,
        String charset,
        long rowsRead,
        long accepted,
        long unchanged,
        long rejected,
        int factsRecorded,
        List<RowProblem> problems,
        boolean problemsTruncated) {}
