package org.healthcode.venues;

import java.time.Instant;
import java.util.UUID;

/**
 * A venue crossed into a more crowded level: recorded once per crossing, shown to its operator and staff.
 *
 * @param occupancy the occupancy that caused the crossing
 * @param capacity the venue's capacity at the time
 */
public record CrowdingAlert(
        UUID id, UUID venueId, CrowdingLevel level, long occupancy, int capacity, Instant raisedAt) {}
