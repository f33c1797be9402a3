package org.healthcode.declarations;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The automatic checks of the background audit.
 *
 * @param feverThreshold a declared temperature at or above this (°C) is flagged
 * @param riskDivisions division code prefixes (2, 4 or 6 digits) whose visitors are flagged; the official risk-area
 *     lists replace this in a later rule set
 */
@Validated
@ConfigurationProperties("healthcode.audit")
public record AuditProperties(
        @NotNull @DecimalMin("37.0") @DecimalMax("38.5") @DefaultValue("37.3")
        BigDecimal feverThreshold,

        @NotNull @DefaultValue("") List<String> riskDivisions) {}
