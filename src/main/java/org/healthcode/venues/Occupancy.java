package org.healthcode.venues;

import java.time.Instant;
import java.util.UUID;

/**
 * How many people a venue holds now, against its capacity. See docs/venues.md, "Flows and crowding", for who counts.
 *
 * @param capacity the venue's capacity; null if it registered none
 * @param share occupancy divided by capacity (1.0 = full); null without a capacity
 * @param level the crowding level this occupancy puts the venue at
 * @param asOf the instant the figure was taken at
 */
public record Occupancy(
        UUID venueId, long occupancy, Integer capacity, Double share, CrowdingLevel level, Instant asOf) {

    static Occupancy of(UUID venueId, long occupancy, Integer capacity, OccupancyProperties settings, Instant asOf) {
        Double share = capacity == null ? null : (double) occupancy / capacity;
        return new Occupancy(
                venueId, occupancy, capacity, share, CrowdingLevel.of(occupancy, capacity, settings), asOf);
    }

    /** The share as a whole percentage, for pages; 0 without a capacity. */
    public long percent() {
        return share == null ? 0 : Math.round(share * 100);
    }
}
