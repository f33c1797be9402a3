package org.healthcode.identity;

/** The sex recorded in a resident ID number: its 17th digit is odd for men and even for women. */
public enum Sex {
    MALE,
    FEMALE
}
