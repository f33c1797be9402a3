package org.healthcode.venues;

import java.time.Instant;
import java.util.UUID;

/**
 * A scanning device registered for a venue, as its operator sees it: never its key.
 *
 * @param entranceId the entrance it stands at, or null if it serves the whole venue
 * @param revokedAt when its key was revoked, or null while it is active
 * @param active whether the device may still send scans: not revoked
 */
public record VenueDevice(
        UUID id, UUID venueId, UUID entranceId, String label, Instant registeredAt, Instant revokedAt, boolean active) {

    /** A device, active unless it has a revocation time. */
    static VenueDevice of(
            UUID id, UUID venueId, UUID entranceId, String label, Instant registeredAt, Instant revokedAt) {
        return new VenueDevice(id, venueId, entranceId, label, registeredAt, revokedAt, revokedAt == null);
    }
}
