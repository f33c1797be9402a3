package org.healthcode.appeals;

/** How an auditor resolved an appeal. */
public enum AppealOutcome {
    /** The appeal is right: the restrictions an appeal may lift are lifted, and the engine re-evaluates the colour. */
    UPHELD,
    /** The appeal is refused: nothing changes but the record of the decision and its reason. */
    REJECTED
}
