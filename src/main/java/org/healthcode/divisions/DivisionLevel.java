package org.healthcode.divisions;

/** The tier of an administrative division that a six-digit code names. */
public enum DivisionLevel {
    /** A province, autonomous region, municipality or special administrative region: {@code 310000}. */
    PROVINCE,
    /** A prefecture-level city or its placeholder under a municipality: {@code 310100}. */
    CITY,
    /** A county-level division: a district, county or county-level city, {@code 310115}. */
    COUNTY
}
