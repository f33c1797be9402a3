package org.healthcode.venues;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of live occupancy and crowding alerts.
 *
 * @param defaultStay how long a visitor is counted as present when their check-in has no estimated stay and they do
 *     not check out; at most {@link #LOOKBACK}
 * @param busyShare the share of capacity at which a venue is BUSY and its operator is alerted (0.8 = 80%)
 * @param fullShare the share of capacity at which a venue is FULL (1.0 = 100%); not below the busy share
 * @param sweepInterval how often venues with recent arrivals, or crowded ones, are re-assessed for alerts
 */
@Validated
@ConfigurationProperties("healthcode.occupancy")
public record OccupancyProperties(
        @NotNull @DefaultValue("1h") Duration defaultStay,

        @DecimalMin("0.01") @DecimalMax("10") @DefaultValue("0.8")
        double busyShare,

        @DecimalMin("0.01") @DecimalMax("10") @DefaultValue("1.0")
        double fullShare,

        @NotNull @DefaultValue("15s") Duration sweepInterval) {

    /** How far back check-ins are looked at: no visit is counted as lasting longer than this. */
    public static final Duration LOOKBACK = Duration.ofHours(24);

    public OccupancyProperties {
        if (defaultStay != null
                && ((defaultStay.isNegative() || defaultStay.isZero()) || defaultStay.compareTo(LOOKBACK) > 0)) {
            throw new IllegalArgumentException("healthcode.occupancy.default-stay: must be between 1s and 24h");
        }
        if (busyShare > fullShare) {
            throw new IllegalArgumentException(
                    "healthcode.occupancy.busy-share: must not be above healthcode.occupancy.full-share");
        }
        if (sweepInterval != null && (sweepInterval.isNegative() || sweepInterval.isZero())) {
            throw new IllegalArgumentException("healthcode.occupancy.sweep-interval: must be positive");
        }
    }
}
