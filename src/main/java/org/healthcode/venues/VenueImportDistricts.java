package org.healthcode.venues;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.healthcode.divisions.Division;
import org.healthcode.divisions.DivisionLevel;
import org.healthcode.divisions.Divisions;
import org.springframework.stereotype.Component;

/**
 * Turns the district column of an import row into the division a venue is registered in. The column holds either a
 * six-digit code or a name: the district's own name ({@code 浦东新区}) or its full name with or without spaces
 * ({@code 上海市 浦东新区}). A district is a county-level division, or a city that has no counties (such as
 * {@code 东莞市}). Names are looked up within the import's scope, so that {@code 普陀区} means Shanghai's district for
 * a Shanghai office although Zhoushan has one too.
 */
@Component
class VenueImportDistricts {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");

    private final Divisions divisions;
    private final Map<String, List<Division>> districtsByName = new HashMap<>();

    VenueImportDistricts(Divisions divisions) {
        this.divisions = divisions;
        divisions.provinces().forEach(this::indexDistrictsBelow);
    }

    /** The outcome of looking up one row's district: the division, or why there is none. */
    record Lookup(Division district, VenueImportErrorCode problem) {

        static Lookup found(Division district) {
            return new Lookup(district, null);
        }

        static Lookup refused(VenueImportErrorCode problem) {
            return new Lookup(null, problem);
        }
    }

    Lookup resolve(String text, VenueImportScope scope) {
        String key = text == null ? "" : WHITESPACE.matcher(text).replaceAll("");
        if (SIX_DIGITS.matcher(key).matches()) {
            return byCode(key, scope);
        }

        return byName(key, scope);
    }

    private Lookup byCode(String code, VenueImportScope scope) {
        Division division = divisions.find(code).orElse(null);
        if (division == null) {
            return Lookup.refused(VenueImportErrorCode.DISTRICT_UNKNOWN);
        }
        if (!isDistrict(division)) {
            return Lookup.refused(VenueImportErrorCode.DISTRICT_NOT_COUNTY);
        }
        return scope.covers(code) ? Lookup.found(division) : Lookup.refused(VenueImportErrorCode.DISTRICT_NOT_YOURS);
    }

    private Lookup byName(String name, VenueImportScope scope) {
        List<Division> named = districtsByName.getOrDefault(name, List.of());
        List<Division> inScope =
                named.stream().filter(district -> scope.covers(district.code())).toList();
        if (inScope.size() == 1) {
            return Lookup.found(inScope.get(0));
        }

        if (inScope.size() > 1) {
            return Lookup.refused(VenueImportErrorCode.DISTRICT_AMBIGUOUS);
        }
        return Lookup.refused(
                named.isEmpty() ? VenueImportErrorCode.DISTRICT_UNKNOWN : VenueImportErrorCode.DISTRICT_NOT_YOURS);
    }

    private void indexDistrictsBelow(Division division) {
        if (isDistrict(division)) {
            index(division.name(), division);
            index(WHITESPACE.matcher(division.fullName()).replaceAll(""), division);
            return;
        }

        divisions.children(division.code()).forEach(this::indexDistrictsBelow);
    }

    private void index(String name, Division district) {
        List<Division> named = districtsByName.computeIfAbsent(name, key -> new ArrayList<>());
        if (!named.contains(district)) {
            named.add(district);
        }
    }

    private boolean isDistrict(Division division) {
        if (division.placeholder()) {
            return false;
        }
        return division.level() == DivisionLevel.COUNTY
                || (division.level() == DivisionLevel.CITY
                        && divisions.children(division.code()).isEmpty());
    }
}
