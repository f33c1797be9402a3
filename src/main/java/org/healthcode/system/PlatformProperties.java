package org.healthcode.system;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings shared by every feature.
 *
 * @param dataDir where local state lives: the embedded database, generated keys and secrets
 */
@Validated
@ConfigurationProperties("healthcode")
public record PlatformProperties(
        @NotNull @DefaultValue("./data") Path dataDir) {}
