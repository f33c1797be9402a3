package org.healthcode.venues;

import java.util.UUID;

/**
 * The staff account importing venues: the operator of every venue it registers.
 *
 * @param administrator whether the account may import anywhere; otherwise it is a district office limited to its
 *     assigned divisions
 */
record VenueImportUploader(UUID accountId, boolean administrator) {}
