package org.healthcode.venues;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of check-in records.
 *
 * @param retentionDays how many local days of check-ins are kept; older day partitions are dropped
 * @param repeatWindow repeated scans of one person at one venue with the same decision within this window count once
 * @param partitionsAhead how many days ahead of today the day partitions are created
 * @param maintenanceInterval how often partitions are created ahead and expired days dropped
 */
@Validated
@ConfigurationProperties("healthcode.check-ins")
public record CheckInProperties(
        @Min(1) @Max(3650) @DefaultValue("28") int retentionDays,
        @NotNull @DefaultValue("10m") Duration repeatWindow,
        @Min(1) @Max(60) @DefaultValue("3") int partitionsAhead,
        @NotNull @DefaultValue("1h") Duration maintenanceInterval) {

    public CheckInProperties {
        if (repeatWindow.isNegative() || repeatWindow.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("healthcode.check-ins.repeat-window: must be between 0 and 24h");
        }
    }
}
