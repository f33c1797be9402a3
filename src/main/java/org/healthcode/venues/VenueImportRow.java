package org.healthcode.venues;

/**
 * One data row of an import file as read, before any check: every field is the cell's text or {@code null} when
 * the cell or the column is missing.
 *
 * @param number the row number the report uses: the CSV record number or the spreadsheet row number, where the
 *     header is row 1
 */
public record VenueImportRow(
        long number,
        String category,
        String name,
        String district,
        String address,
        String latitude,
        String longitude,
        String capacity) {}
