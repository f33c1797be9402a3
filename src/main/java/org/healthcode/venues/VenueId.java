package org.healthcode.venues;

import java.util.UUID;
import org.healthcode.common.RejectedException;

/** A venue's identity: a random UUID, safe to print on a poster. */
public record VenueId(UUID value) {

    /** The request field that carries a venue id. */
    public static final String FIELD = "venueId";

    public VenueId {
        if (value == null) {
            throw new RejectedException(VenueErrorCode.VENUE_ID_MALFORMED, FIELD);
        }
    }

    /**
     * Reads a venue id as sent in a path or body.
     *
     * @throws RejectedException {@code venue-id-malformed} unless it is a UUID
     */
    public static VenueId of(String text) {
        try {
            return new VenueId(UUID.fromString(text == null ? "" : text.strip()));
        } catch (IllegalArgumentException malformed) {
            throw new RejectedException(VenueErrorCode.VENUE_ID_MALFORMED, FIELD);
        }
    }

    public static VenueId random() {
        return new VenueId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
