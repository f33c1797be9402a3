package org.healthcode.checkpoint;

import java.time.Instant;
import org.healthcode.status.TestRecency;

/**
 * The outcome of checking an accepted code online.
 *
 * @param colour the holder's colour now ({@code NONE} if they have none), which decides
 * @param codeColour the colour the code shows; {@code null} for card codes, which carry no colour
 * @param colourChanged whether the holder's colour now differs from the one the code shows
 * @param recency the holder's testing now: last sampling, its result, and "negative within 24/48/72 hours"
 */
public record CheckResult(
        Decision decision,
        String colour,
        String codeColour,
        boolean colourChanged,
        String maskedName,
        Instant issuedAt,
        Instant expiresAt,
        TestRecency recency) {}
