package org.healthcode.facts;

/**
 * What happened to a person, in the past tense. Facts are the only input of a person's status: nobody sets a colour,
 * they record a fact and the status is derived from all of them.
 */
public enum FactKind {
    /** The person submitted (or updated) the health declaration; detail: declaration id and version. */
    DECLARATION_SUBMITTED,
    /** The automatic checks found nothing to review; detail: declaration id, check set. */
    DECLARATION_CLEARED,
    /** The automatic checks flagged the declaration for human review; detail: declaration id, flags. */
    DECLARATION_FLAGGED,
    /** An auditor reviewed a flagged declaration and found no restriction necessary. */
    REVIEW_APPROVED,
    /** An auditor reviewed a flagged declaration and restricted the person (yellow) for a stated category. */
    REVIEW_RESTRICTED,
    /**
     * A laboratory reported the result of a tube the person was sampled into. Detail: {@code tube} (barcode),
     * {@code tubeKind} ({@code SINGLE} or {@code MIXED}), {@code result} ({@code NEGATIVE}, {@code POSITIVE} or
     * {@code INVALID}), {@code sampledAt} and {@code reportedAt} (ISO-8601 instants), {@code lab} (lab account or
     * key name) and, when reported, {@code ct} (cycle threshold, a number). A mixed tube's result is recorded for
     * every member.
     */
    TEST_RESULT_REPORTED
}
