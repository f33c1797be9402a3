package org.healthcode.common;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Local time of the region the server runs for: what "today" means for dates people enter, and the zone times are
 * shown in on pages. Instants are stored and exchanged in UTC regardless.
 *
 * @param zone the region's time zone
 */
@Validated
@ConfigurationProperties("healthcode.time")
public record TimeProperties(
        @NotNull @DefaultValue("Asia/Shanghai") ZoneId zone) {}
