package org.healthcode.venues;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.healthcode.common.RejectedException;
import org.healthcode.divisions.DivisionCode;
import org.healthcode.divisions.Divisions;

/**
 * A venue as an operator registers it, checked field by field: a known category, a name and address of sensible
 * length without control characters, a division code that names a real division, both coordinates or neither, a
 * positive capacity if any, and distinct entrance names.
 */
public record VenueRegistration(
        VenueCategory category,
        String name,
        DivisionCode division,
        String address,
        Optional<Venue.Coordinates> coordinates,
        OptionalInt capacity,
        List<String> entrances) {

    static final int NAME_MAX = 200;
    static final int ADDRESS_MAX = 300;
    static final int ENTRANCE_NAME_MAX = 100;
    static final int ENTRANCES_MAX = 50;
    static final int CAPACITY_MAX = 1_000_000;

    /** The fields of a registration as sent, unchecked. */
    public record Form(
            String category,
            String name,
            String divisionCode,
            String address,
            Double latitude,
            Double longitude,
            Integer capacity,
            List<String> entrances) {}

    /**
     * Checks a registration as sent.
     *
     * @throws RejectedException with a {@link VenueErrorCode} or {@code division-*} code naming the first bad field
     */
    public static VenueRegistration of(Form form, Divisions divisions) {
        VenueCategory category = VenueCategory.of(form.category());
        String name = text(form.name(), NAME_MAX, VenueErrorCode.NAME_INVALID, "name");
        DivisionCode division = DivisionCode.of(form.divisionCode());
        divisions.require(division);
        String address = text(form.address(), ADDRESS_MAX, VenueErrorCode.ADDRESS_INVALID, "address");
        return new VenueRegistration(
                category,
                name,
                division,
                address,
                coordinates(form.latitude(), form.longitude()),
                capacity(form.capacity()),
                entrances(form.entrances()));
    }

    private static String text(String value, int max, VenueErrorCode error, String field) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.length() > max || hasControlCharacter(stripped)) {
            throw new RejectedException(error, field);
        }
        return stripped;
    }

    /** Whether the text holds a control character, such as a NUL byte (which PostgreSQL cannot store). */
    static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    private static Optional<Venue.Coordinates> coordinates(Double latitude, Double longitude) {
        if (latitude == null && longitude == null) {
            return Optional.empty();
        }
        if (latitude == null || longitude == null || !inRange(latitude, 90) || !inRange(longitude, 180)) {
            throw new RejectedException(VenueErrorCode.COORDINATES_INVALID, "latitude");
        }
        return Optional.of(new Venue.Coordinates(latitude, longitude));
    }

    private static boolean inRange(double degrees, double limit) {
        return Double.isFinite(degrees) && degrees >= -limit && degrees <= limit;
    }

    private static OptionalInt capacity(Integer capacity) {
        if (capacity == null) {
            return OptionalInt.empty();
        }
        if (capacity < 1 || capacity > CAPACITY_MAX) {
            throw new RejectedException(VenueErrorCode.CAPACITY_INVALID, "capacity");
        }
        return OptionalInt.of(capacity);
    }

    private static List<String> entrances(List<String> names) {
        if (names == null) {
            return List.of();
        }
        if (names.size() > ENTRANCES_MAX) {
            throw new RejectedException(VenueErrorCode.ENTRANCE_INVALID, "entrances");
        }

        Set<String> seen = new HashSet<>();
        for (String name : names) {
            String entrance = text(name, ENTRANCE_NAME_MAX, VenueErrorCode.ENTRANCE_INVALID, "entrances");
            if (!seen.add(entrance)) {
                throw new RejectedException(VenueErrorCode.ENTRANCE_INVALID, "entrances");
            }
        }
        return names.stream().map(String::strip).toList();
    }
}
