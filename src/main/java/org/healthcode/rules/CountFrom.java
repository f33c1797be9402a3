package org.healthcode.rules;

/** Where the age of a test result is counted from, for "negative within 24/48/72 hours" and regular screening. */
public enum CountFrom {
    /** From the time the sample was taken (Beijing's way). */
    SAMPLING,
    /** From the time the laboratory reported the result (Shanghai's way from August 2022). */
    REPORT
}
