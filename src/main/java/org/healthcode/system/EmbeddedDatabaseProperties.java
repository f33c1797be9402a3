package org.healthcode.system;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The PostgreSQL the server starts by itself when no {@code spring.datasource.url} is configured.
 *
 * @param port loopback port it listens on; fixed, because probing for a free one opens sockets on all interfaces
 * @param durable whether {@code fsync} and {@code synchronous_commit} are on; the artifact's own default is off, which
 *     loses committed rows on a power cut, so only tests may turn this off
 */
@Validated
@ConfigurationProperties("healthcode.database.embedded")
public record EmbeddedDatabaseProperties(
        @DefaultValue("54329") @Min(1024) @Max(65535) int port,
        @DefaultValue("true") boolean durable) {}
