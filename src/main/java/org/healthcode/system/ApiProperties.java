package org.healthcode.system;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the JSON API.
 *
 * @param maxBodySize the largest request body accepted under {@code /api}; uploads of files have their own limits
 */
@Validated
@ConfigurationProperties("healthcode.api")
public record ApiProperties(@NotNull @DefaultValue("64KB") DataSize maxBodySize) {}
