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
     * An auditor lifted the restriction in force from a declaration review, by upholding an appeal. Detail:
     * {@code appeal} (the appeal's id); the written reason is required. The declaration itself stays as it was.
     */
    REVIEW_RESTRICTION_LIFTED,
    /**
     * A laboratory reported the result of a tube the person was sampled into. Detail: {@code tube} (barcode),
     * {@code tubeKind} ({@code SINGLE} or {@code MIXED}), {@code result} ({@code NEGATIVE}, {@code POSITIVE} or
     * {@code INVALID}), {@code sampledAt} and {@code reportedAt} (ISO-8601 instants), {@code lab} (lab account or
     * key name) and, when reported, {@code ct} (cycle threshold, a number). A mixed tube's result is recorded for
     * every member.
     */
    TEST_RESULT_REPORTED,
    /**
     * Health staff confirmed the person as a case. Detail: {@code confirmedAt} (ISO-8601 instant; the recording
     * time when absent).
     */
    CASE_CONFIRMED,
    /**
     * A confirmed case was discharged from treatment. Detail: {@code dischargedAt} (ISO-8601 instant; the recording
     * time when absent).
     */
    CASE_DISCHARGED,
    /**
     * Tracing identified the person as a close contact of a case. Detail: {@code exposedAt} (ISO-8601 instant of the
     * last exposure; quarantine is counted from it).
     */
    CLOSE_CONTACT_IDENTIFIED,
    /**
     * The person arrived from a risk area. Detail: {@code level} ({@code MEDIUM} or {@code HIGH}), {@code arrivedAt}
     * (ISO-8601 instant) and optionally {@code division} (six-digit code of the area).
     */
    RISK_AREA_ARRIVAL,
    /**
     * A pharmacy registered the person buying a medicine of a watched class. Detail: {@code drugClass}
     * ({@code FEVER}, {@code COUGH}, {@code ANTIVIRAL} or {@code ANTIBIOTIC}) and {@code purchasedAt} (ISO-8601
     * instant).
     */
    DRUG_PURCHASED,
    /**
     * An auditor asked for a manual colour: detail {@code request} (a UUID naming the request), {@code colour}
     * ({@code YELLOW} or {@code RED}) and {@code category} (one of the fixed epidemic-related categories); the written
     * reason is the fact's reason. A yellow request takes effect at once, a red one only once approved.
     */
    MANUAL_DECISION_REQUESTED,
    /**
     * A second auditor, different from the requester, approved a red manual decision. Detail: {@code request}.
     */
    MANUAL_DECISION_APPROVED,
    /** An auditor lifted a manual decision, pending or in effect. Detail: {@code request}; the reason is required. */
    MANUAL_DECISION_LIFTED,
    /**
     * The person (or their guardian) appealed their yellow or red code. Detail: {@code appeal} (its id) and
     * {@code colour} (the colour appealed against). The statement is stored encrypted with the appeal, not here.
     */
    APPEAL_FILED,
    /**
     * An auditor resolved an appeal. Detail: {@code appeal}, {@code outcome} ({@code UPHELD} or {@code REJECTED}),
     * {@code liftedDecisions} (the manual-decision requests lifted) and {@code liftedReviewRestriction} (true or
     * false); the reason is required. The facts that lift restrictions are recorded alongside; this one changes no
     * colour by itself.
     */
    APPEAL_RESOLVED
}
