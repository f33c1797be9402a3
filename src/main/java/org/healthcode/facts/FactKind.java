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
    REVIEW_RESTRICTED
}
