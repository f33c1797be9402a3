package org.healthcode.venues;

/** How crowded a venue is against its capacity; ordered from least to most crowded. */
public enum CrowdingLevel {
    /** Below the busy share of capacity, or the venue has no capacity on record. */
    NORMAL,
    /** At or above the busy share of capacity. */
    BUSY,
    /** At or above the full share of capacity. */
    FULL;

    /** The level of this occupancy against this capacity; NORMAL when the capacity is unknown. */
    static CrowdingLevel of(long occupancy, Integer capacity, OccupancyProperties settings) {
        if (capacity == null) {
            return NORMAL;
        }

        if (occupancy >= settings.fullShare() * capacity) {
            return FULL;
        }
        return occupancy >= settings.busyShare() * capacity ? BUSY : NORMAL;
    }

    /** Whether moving from {@code previous} to this level is a crossing into a more crowded level. */
    boolean isAbove(CrowdingLevel previous) {
        return compareTo(previous) > 0;
    }
}
