package org.healthcode.sampling;

import java.util.Arrays;
import org.healthcode.common.RejectedException;

/** How many people's swabs a tube holds. */
public enum TubeKind {
    /** One person's swab; a positive result is that person's. */
    SINGLE,
    /** A pool of several people's swabs; a positive result makes every member a suspect until retested singly. */
    MIXED;

    /** The request field that carries the kind. */
    public static final String FIELD = "kind";

    /** The kind with this name, case-insensitive; {@code tube-kind-unknown} otherwise. */
    public static TubeKind fromName(String name) {
        return Arrays.stream(values())
                .filter(kind -> kind.name().equalsIgnoreCase(name == null ? "" : name.strip()))
                .findFirst()
                .orElseThrow(() -> new RejectedException(SamplingErrorCode.TUBE_KIND_UNKNOWN, FIELD));
    }
}
