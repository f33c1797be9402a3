package org.healthcode.labresults;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of laboratory result intake.
 *
 * @param maxUploadSize the largest CSV file, JSON batch or FHIR resource accepted from a lab (must stay below
 *     spring.servlet.multipart.max-file-size)
 * @param clockTolerance how far in the future a sampling or report time may lie before the row is refused, for labs
 *     whose clocks run a little fast
 * @param maxReportedProblems how many row problems an upload's report lists; the rest are only counted
 */
@Validated
@ConfigurationProperties("healthcode.lab")
public record LabProperties(
        @NotNull @DefaultValue("32MB") DataSize maxUploadSize,
        @NotNull @DefaultValue("5m") Duration clockTolerance,
        @DefaultValue("1000") int maxReportedProblems) {

    public LabProperties {
        if (maxUploadSize.toBytes() <= 0 || maxReportedProblems < 1 || clockTolerance.isNegative()) {
            throw new IllegalArgumentException(
                    "healthcode.lab: max-upload-size and max-reported-problems must be positive, clock-tolerance >= 0");
        }
    }
}
