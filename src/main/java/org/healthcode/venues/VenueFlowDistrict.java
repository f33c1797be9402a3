package org.healthcode.venues;

import org.healthcode.divisions.Division;
import org.healthcode.divisions.DivisionLevel;

/**
 * The area a district overview covers: a division and every division below it, as the range of six-digit codes it
 * spans ({@code 310000}..{@code 319999} for a province, {@code 310100}..{@code 310199} for a city, the code itself
 * for a county). A range keeps the look-up on the {@code venue_division} index.
 *
 * @param code the division's code
 * @param name the division's full name
 * @param lowest the lowest venue division code inside it
 * @param highest the highest venue division code inside it
 */
public record VenueFlowDistrict(String code, String name, String lowest, String highest) {

    static VenueFlowDistrict of(Division division) {
        String code = division.code();
        String prefix = prefix(code, division.level());
        String padding = "9".repeat(6 - prefix.length());
        String lowest = prefix.length() == 6 ? code : prefix + "0".repeat(6 - prefix.length());
        return new VenueFlowDistrict(code, division.fullName(), lowest, prefix + padding);
    }

    private static String prefix(String code, DivisionLevel level) {
        return switch (level) {
            case PROVINCE -> code.substring(0, 2);
            case CITY -> code.substring(0, 4);
            case COUNTY -> code;
        };
    }
}
