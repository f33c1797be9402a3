package org.healthcode.codes.keys;

import java.time.Duration;

/**
 * When code-signing keys change. Each key signs for {@code signingPeriod}; its successor is created and published
 * {@code leadTime} before it activates, so offline verifiers can fetch it in time; a key that stopped signing stays
 * published for {@code retention} (the longest code lifetime plus the clock tolerance) and is then destroyed.
 */
public record RotationPolicy(Duration signingPeriod, Duration leadTime, Duration retention) {

    /** Checks that the durations are positive and that a successor is published before it activates. */
    public RotationPolicy {
        if (signingPeriod.isNegative() || signingPeriod.isZero()) {
            throw new IllegalArgumentException("The signing period of a code-signing key must be positive");
        }
        if (leadTime.isNegative() || leadTime.compareTo(signingPeriod) >= 0) {
            throw new IllegalArgumentException("The rotation lead time must lie between zero and the signing period");
        }
        if (retention.isNegative()) {
            throw new IllegalArgumentException("The retention of a retired key cannot be negative");
        }
    }
}
