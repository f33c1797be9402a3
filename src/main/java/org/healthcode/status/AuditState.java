package org.healthcode.status;

/** Where a person's latest declaration stands in the background audit. */
public enum AuditState {
    /** No declaration submitted yet. */
    NOT_DECLARED,
    /** The automatic checks flagged the latest declaration; an auditor has not decided yet. */
    UNDER_REVIEW,
    /** The latest declaration passed the automatic checks or an auditor approved it. */
    PASSED,
    /** An auditor decided the latest declaration with a restriction. */
    RESTRICTED
}
