package org.healthcode.codes;

import java.util.Optional;

/** What a code is for; each value carries its wire number (claim key 3). */
public enum CodeKind {
    /** A short-lived code shown on a phone, carrying the current colour. */
    SCREEN(1),
    /** A printable long-lived code carrying a card serial instead of a colour; its status is checked online. */
    CARD(2);

    private final int wire;

    CodeKind(int wire) {
        this.wire = wire;
    }

    /** The number written in the payload. */
    public int wire() {
        return wire;
    }

    /** The kind with this wire number, or empty if there is none. */
    public static Optional<CodeKind> fromWire(long wire) {
        for (CodeKind kind : values()) {
            if (kind.wire == wire) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
