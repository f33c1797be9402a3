package org.healthcode.venues;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A venue as its operator and staff see it in lists: its public details, its entrances and whether it is retired.
 *
 * @param operated whether the account asking operates it (otherwise it is assigned to it as staff)
 */
public record VenueSummary(
        UUID id,
        String category,
        String name,
        String divisionCode,
        String address,
        Double latitude,
        Double longitude,
        Integer capacity,
        List<Entrance> entrances,
        Instant registeredAt,
        Instant retiredAt,
        boolean operated) {

    /** A way into a venue, named by its operator. */
    public record Entrance(UUID id, String name) {}

    static VenueSummary of(Venue venue, List<Entrance> entrances, boolean operated) {
        return new VenueSummary(
                venue.id().value(),
                venue.category().name(),
                venue.name(),
                venue.division().value(),
                venue.address(),
                venue.coordinates().map(Venue.Coordinates::latitude).orElse(null),
                venue.coordinates().map(Venue.Coordinates::longitude).orElse(null),
                venue.capacity().isPresent() ? venue.capacity().getAsInt() : null,
                entrances,
                venue.registeredAt(),
                venue.retiredAt().orElse(null),
                operated);
    }
}
