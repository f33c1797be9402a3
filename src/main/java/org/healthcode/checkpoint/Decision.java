package org.healthcode.checkpoint;

/** What a checkpoint does with the holder of a code. */
public enum Decision {
    /** Let the holder pass: their current colour is green. */
    ALLOW,
    /** Do not let the holder pass: their current colour is yellow or red, or they have none. */
    DENY
}
