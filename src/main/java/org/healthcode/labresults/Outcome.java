package org.healthcode.labresults;

import java.util.Locale;
import java.util.Optional;

/** What a nucleic-acid test of a tube found. */
public enum Outcome {
    /** No SARS-CoV-2 RNA detected. */
    NEGATIVE,
    /** SARS-CoV-2 RNA detected. For a mixed tube: at least one member is positive, nobody knows who. */
    POSITIVE,
    /** The test could not be read (inhibited, too little material); the members must be sampled again. */
    INVALID;

    /** Reads an outcome written in English (any case) or Chinese (阴性, 阳性, 无效). */
    public static Optional<Outcome> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "NEGATIVE", "NEG", "阴性" -> Optional.of(NEGATIVE);
            case "POSITIVE", "POS", "阳性" -> Optional.of(POSITIVE);
            case "INVALID", "无效" -> Optional.of(INVALID);
            default -> Optional.empty();
        };
    }
}
