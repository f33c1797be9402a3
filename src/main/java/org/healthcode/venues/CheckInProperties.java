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
 * @param groupCommitScans the most scans committed together by the group commit
 * @param groupCommitWait how long a scan waits for its group's commit before it is answered as not confirmed
 */
@Validated
@ConfigurationProperties("healthcode.check-ins")
public record CheckInProperties(
        @Min(1) @Max(3650) @DefaultValue("28") int retentionDays,
        @NotNull @DefaultValue("10m") Duration repeatWindow,
        @Min(1) @Max(60) @DefaultValue("3") int partitionsAhead,
        @NotNull @DefaultValue("1h") Duration maintenanceInterval,
        @Min(1) @Max(10_000) @DefaultValue("500") int groupCommitScans,
        @NotNull @DefaultValue("10s") Duration groupCommitWait) {

    public CheckInProperties {
        if (repeatWindow.isNegative() || repeatWindow.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("healthcode.check-ins.repeat-window: must be between 0 and 24h");
        }
        if (groupCommitWait.compareTo(Duration.ofSeconds(1)) < 0
                || groupCommitWait.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("healthcode.check-ins.group-commit-wait: must be between 1s and 5m");
        }
    }
}
