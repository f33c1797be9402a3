package org.healthcode.venues;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the bulk venue import.
 *
 * @param maxFileSize the largest CSV or .xlsx file accepted (must stay below spring.servlet.multipart.max-file-size)
 * @param maxReportedRows how many refused and unchanged rows a report lists; the rest are only counted
 */
@Validated
@ConfigurationProperties("healthcode.venue-import")
public record VenueImportProperties(
        @NotNull @DefaultValue("32MB") DataSize maxFileSize,
        @DefaultValue("1000") int maxReportedRows) {

    public VenueImportProperties {
        if (maxFileSize.toBytes() <= 0 || maxReportedRows < 1) {
            throw new IllegalArgumentException(
                    "healthcode.venue-import: max-file-size and max-reported-rows must be positive");
        }
    }
}
