package org.healthcode.venues;

import java.util.Objects;

/**
 * Whether a person may enter a venue, with the stable reason code of the entry policy that decided (see
 * {@code docs/venues.md}).
 */
public record EntryDecision(Verdict verdict, String reason) {

    public EntryDecision {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }

    /** Let the person in. */
    public static EntryDecision allow(String reason) {
        return new EntryDecision(Verdict.ALLOW, reason);
    }

    /** Keep the person out. */
    public static EntryDecision deny(String reason) {
        return new EntryDecision(Verdict.DENY, reason);
    }

    public boolean allowed() {
        return verdict == Verdict.ALLOW;
    }

    /** The answer at the door. */
    public enum Verdict {
        ALLOW,
        DENY
    }
}
