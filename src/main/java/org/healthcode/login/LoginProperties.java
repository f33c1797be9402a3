package org.healthcode.login;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Resident login by one-time code.
 *
 * @param sender how codes reach the phone: {@code dev-outbox} (an administrators' page; refused in production) or
 *     {@code webhook} (POST to an SMS gateway at {@code webhookUrl})
 * @param webhookUrl the SMS gateway address when {@code sender} is {@code webhook}
 * @param codeValidity how long a code can be used
 * @param maxAttempts wrong codes accepted before a new code must be requested
 * @param resendInterval minimum time between two codes for the same phone
 * @param codesPerPhonePerHour codes one phone can receive per hour
 * @param codesPerClientPerHour codes one client address can request per hour
 */
@Validated
@ConfigurationProperties("healthcode.login")
public record LoginProperties(
        @NotNull @DefaultValue("dev-outbox") Sender sender,
        URI webhookUrl,
        @NotNull @DefaultValue("5m") Duration codeValidity,
        @Min(1) @Max(10) @DefaultValue("5") int maxAttempts,
        @NotNull @DefaultValue("60s") Duration resendInterval,
        @Min(1) @DefaultValue("5") int codesPerPhonePerHour,
        @Min(1) @DefaultValue("30") int codesPerClientPerHour) {

    /** The ways a code can be delivered. */
    public enum Sender {
        DEV_OUTBOX,
        WEBHOOK
    }
}
