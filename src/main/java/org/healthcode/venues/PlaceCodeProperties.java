package org.healthcode.venues;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of venues' place codes. A poster's code is valid as long as a card code ({@code healthcode.codes
 * .card-validity}), since signing keys stay published that long.
 *
 * @param rotatingValidity how long a rotating code on a venue's display is valid (1 to 30 minutes, default 5); the
 *     display fetches a new one when half of it has passed
 */
@Validated
@ConfigurationProperties("healthcode.place-codes")
public record PlaceCodeProperties(
        @NotNull @DefaultValue("5m") @DurationMin(minutes = 1) @DurationMax(minutes = 30)
        Duration rotatingValidity) {}
