package org.healthcode.divisions;

import java.util.Optional;

/**
 * One administrative division of mainland China, as named in the shipped GB/T 2260 list.
 *
 * @param code the six-digit code; cities are padded with {@code 00} and provinces with {@code 0000}
 * @param name the division's own name, for example {@code 浦东新区}
 * @param level the tier the code names
 * @param parentCode the six-digit code of the enclosing division; empty for a province
 * @param fullName the names from the province down to this division, separated by a space, leaving out the
 *     placeholder tiers such as {@code 市辖区}: {@code 上海市 浦东新区}
 */
public record Division(String code, String name, DivisionLevel level, Optional<String> parentCode, String fullName) {

    /**
     * Whether this is a grouping with no name of its own, such as {@code 市辖区} under a municipality or
     * {@code 省直辖县级行政区划}. Such a division exists in the code list but is left out of full names.
     */
    public boolean placeholder() {
        return PlaceholderNames.isPlaceholder(name);
    }
}
