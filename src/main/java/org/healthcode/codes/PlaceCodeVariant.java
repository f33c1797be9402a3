package org.healthcode.codes;

import java.util.Optional;

/** Which form of a venue's place code; each value carries its wire number (place claim key 3). */
public enum PlaceCodeVariant {
    /** Printed on a poster and valid for long: a photo of it works anywhere, so it proves little presence. */
    POSTER(1),
    /** Shown on the venue's own display and replaced every few minutes: scanning it shows the person was there. */
    ROTATING(2);

    private final int wire;

    PlaceCodeVariant(int wire) {
        this.wire = wire;
    }

    /** The number written in the payload. */
    public int wire() {
        return wire;
    }

    /** The variant with this wire number, or empty if there is none. */
    public static Optional<PlaceCodeVariant> fromWire(long wire) {
        for (PlaceCodeVariant variant : values()) {
            if (variant.wire == wire) {
                return Optional.of(variant);
            }
        }
        return Optional.empty();
    }
}
