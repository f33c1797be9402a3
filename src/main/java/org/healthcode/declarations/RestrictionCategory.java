package org.healthcode.declarations;

/**
 * The epidemic-related reasons an auditor can give for restricting a person. Nothing outside this list can justify a
 * restriction: a code is never made non-green for reasons unrelated to the epidemic.
 */
public enum RestrictionCategory {
    SYMPTOMS_NEED_TEST,
    CONTACT_WITH_CASE,
    TRAVEL_FROM_RISK_AREA,
    INCONSISTENT_DECLARATION
}
