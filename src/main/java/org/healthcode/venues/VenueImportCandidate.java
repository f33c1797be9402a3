package org.healthcode.venues;

import java.math.BigDecimal;

/**
 * A row that passed every check and is ready to be registered.
 *
 * @param row the row number in the file
 * @param latitude WGS 84 degrees, {@code null} with {@code longitude} when the row gave no position
 * @param capacity {@code null} when the row gave none
 */
record VenueImportCandidate(
        long row,
        VenueCategory category,
        String name,
        String division,
        String address,
        BigDecimal latitude,
        BigDecimal longitude,
        Integer capacity) {

    /** What makes two rows the same venue for one operator: the unique index on the venue table. */
    String identity() {
        return division + "/" + name;
    }
}
