package org.healthcode.rules;

/**
 * The epidemic-related categories a manual colour decision must name. Nothing outside this list can justify making a
 * code yellow or red by hand.
 */
public enum DecisionCategory {
    SYMPTOMS_NEED_TEST,
    CONTACT_WITH_CASE,
    TRAVEL_FROM_RISK_AREA,
    POSITIVE_RESULT_ELSEWHERE,
    ISOLATION_ORDERED
}
