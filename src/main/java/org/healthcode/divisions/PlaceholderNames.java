package org.healthcode.divisions;

import java.util.Set;

/**
 * The city-tier names in the code list that group counties without being a city: the districts of a municipality
 * ({@code 市辖区}), its counties ({@code 县}) and the counties a province or region governs directly.
 */
final class PlaceholderNames {

    private static final Set<String> NAMES = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    private PlaceholderNames() {}

    static boolean isPlaceholder(String name) {
        return NAMES.contains(name);
    }
}
