package org.healthcode.venues;

import java.util.List;
import org.healthcode.divisions.Division;
import org.healthcode.divisions.DivisionLevel;

/**
 * The divisions an import may register venues in: everywhere (an administrator importing without a division), or
 * below a set of divisions (a district office's assigned divisions, or the division an administrator chose). A
 * province or city covers every district below it.
 */
record VenueImportScope(List<String> prefixes) {

    /** No limit. */
    static VenueImportScope everywhere() {
        return new VenueImportScope(List.of(""));
    }

    /** Everything at or below these divisions. */
    static VenueImportScope within(List<Division> divisions) {
        return new VenueImportScope(
                divisions.stream().map(VenueImportScope::prefix).toList());
    }

    boolean covers(String divisionCode) {
        return prefixes.stream().anyMatch(divisionCode::startsWith);
    }

    private static String prefix(Division division) {
        return division.code().substring(0, prefixLength(division.level()));
    }

    private static int prefixLength(DivisionLevel level) {
        return switch (level) {
            case PROVINCE -> 2;
            case CITY -> 4;
            case COUNTY -> 6;
        };
    }
}
