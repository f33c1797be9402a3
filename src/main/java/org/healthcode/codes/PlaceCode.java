package org.healthcode.codes;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * The claims of a venue's place code: the issuing region, the venue's id, the variant and the validity period. A place
 * code names a public place, never a person. Times are whole seconds, as on the wire.
 */
public record PlaceCode(RegionCode region, UUID venue, PlaceCodeVariant variant, Instant issuedAt, Instant expiresAt) {

    public PlaceCode {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(variant, "variant");
        issuedAt = issuedAt.truncatedTo(ChronoUnit.SECONDS);
        expiresAt = expiresAt.truncatedTo(ChronoUnit.SECONDS);
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("A place code expires after it is issued");
        }
    }
}
