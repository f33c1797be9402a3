package org.healthcode.declarations;

/** What an auditor decides about a flagged declaration. */
public enum ReviewOutcome {
    /** Nothing to restrict: the audit passes. */
    APPROVE,
    /** The person is restricted (yellow) for a stated category until the restriction is lifted by a new review. */
    RESTRICT
}
