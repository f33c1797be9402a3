package org.healthcode.rules;

/** The risk level of the area a person arrived from. */
public enum RiskLevel {
    MEDIUM,
    HIGH
}
