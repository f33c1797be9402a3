package org.healthcode.declarations;

/** Occupation groups, as declared; some groups are screened more often in later rule sets. */
public enum Occupation {
    OFFICE_OR_BUSINESS,
    HEALTHCARE,
    TRANSPORT_OR_LOGISTICS,
    EDUCATION,
    SERVICE_OR_RETAIL,
    COLD_CHAIN_OR_PORT,
    STUDENT,
    RETIRED,
    OTHER
}
