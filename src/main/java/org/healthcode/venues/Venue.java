package org.healthcode.venues;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.healthcode.divisions.DivisionCode;

/**
 * A registered place. A venue's name and address are public (they are printed on its poster); they are not personal
 * data. A retired venue keeps its records but accepts no more check-ins.
 */
public record Venue(
        VenueId id,
        VenueCategory category,
        String name,
        DivisionCode division,
        String address,
        Optional<Coordinates> coordinates,
        OptionalInt capacity,
        UUID operatorId,
        Instant registeredAt,
        Optional<Instant> retiredAt) {

    /** Where the venue is, in WGS 84 degrees. */
    public record Coordinates(double latitude, double longitude) {}

    public boolean retired() {
        return retiredAt.isPresent();
    }
}
