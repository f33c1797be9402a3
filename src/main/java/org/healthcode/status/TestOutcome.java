package org.healthcode.status;

/** The outcome of one nucleic-acid test as the laboratory reported it. */
public enum TestOutcome {
    /** No virus detected. */
    NEGATIVE,
    /** Virus detected. */
    POSITIVE,
    /** The sample could not be evaluated; a new test is needed. */
    INVALID
}
