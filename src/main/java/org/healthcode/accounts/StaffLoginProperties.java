package org.healthcode.accounts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Staff password login.
 *
 * @param maxFailures failed logins for one username, within {@code failureWindow}, that lock its login
 * @param failureWindow the period over which failures are counted; one failure is forgotten every {@code
 *     failureWindow / maxFailures}
 * @param lockout how long a locked username cannot log in, even with the right password
 */
@Validated
@ConfigurationProperties("healthcode.staff-login")
public record StaffLoginProperties(
        @Min(1) @Max(1000) @DefaultValue("10") int maxFailures,
        @NotNull @DefaultValue("15m") Duration failureWindow,
        @NotNull @DefaultValue("15m") Duration lockout) {}
