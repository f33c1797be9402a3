package org.healthcode.venues;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the venues' scanning devices.
 *
 * @param clockTolerance how far a device request's timestamp may differ from the server's clock (10 s to 15 min);
 *     nonces are remembered for twice this long, which is as long as a replay could still pass the timestamp check
 * @param nonceCleanupInterval how often nonces older than twice the tolerance are deleted
 */
@Validated
@ConfigurationProperties("healthcode.venue-devices")
public record VenueDeviceProperties(
        @NotNull @DefaultValue("2m") Duration clockTolerance,
        @NotNull @DefaultValue("1m") Duration nonceCleanupInterval) {

    public VenueDeviceProperties {
        if (clockTolerance.compareTo(Duration.ofSeconds(10)) < 0
                || clockTolerance.compareTo(Duration.ofMinutes(15)) > 0) {
            throw new IllegalArgumentException("healthcode.venue-devices.clock-tolerance: must be between 10s and 15m");
        }
        if (nonceCleanupInterval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("healthcode.venue-devices.nonce-cleanup-interval: must be at least 1s");
        }
    }

    /** How long a nonce must be remembered: a request with it passes the timestamp check at most this long. */
    Duration nonceMemory() {
        return clockTolerance.multipliedBy(2);
    }
}
