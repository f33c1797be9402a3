package org.healthcode.rules;

/** How a sample was tubed: one person per tube, or pooled with others. */
public enum TubeKind {
    SINGLE,
    MIXED
}
