package org.healthcode.declarations;

/** Why the automatic checks sent a declaration to human review. */
public enum AuditFlag {
    /** Declared temperature of 37.3 °C or more. */
    FEVER,
    /** At least one symptom declared. */
    SYMPTOMS,
    /** Contact with a confirmed or suspected case declared. */
    CASE_CONTACT,
    /** Travel through a region on the configured risk list. */
    RISK_AREA_TRAVEL,
    /** An auditor's restriction is in force: only an auditor can lift it, a new declaration cannot. */
    RESTRICTION_IN_FORCE,
    /** The previous declaration was still waiting for review: a new one cannot skip the review. */
    EARLIER_DECLARATION_UNREVIEWED
}
