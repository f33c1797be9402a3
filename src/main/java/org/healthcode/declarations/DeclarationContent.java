package org.healthcode.declarations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The health declaration in the four groups of the national data format: basic personal information (beyond the
 * registration), health, travel, and contact history with health-certificate information.
 */
public record DeclarationContent(
        @NotNull @Valid Basic basic,
        @NotNull @Valid Health health,
        @NotNull @Valid Travel travel,
        @NotNull @Valid Contacts contacts) {

    /**
     * @param currentDivision six-digit division code of where the person stays now
     */
    public record Basic(
            @NotBlank @Size(max = 6) String currentDivision,
            @NotNull Occupation occupation) {}

    /**
     * @param temperature body temperature in °C with one decimal
     */
    public record Health(
            @NotNull BigDecimal temperature,
            @NotNull @Size(max = 8) Set<Symptom> symptoms,
            @NotNull @Size(max = 6) Set<Condition> conditions) {}

    /**
     * @param visitedDivisions six-digit division codes of regions visited in the last 14 days
     */
    public record Travel(@NotNull @Size(max = 30) List<@NotBlank @Size(max = 6) String> visitedDivisions) {}

    /**
     * @param confirmedCaseContact contact with a confirmed case in the last 14 days
     * @param suspectedCaseContact contact with a suspected case in the last 14 days
     * @param vaccineDoses doses of a COVID-19 vaccine received
     * @param lastVaccination date of the last dose, if any
     */
    public record Contacts(
            boolean confirmedCaseContact, boolean suspectedCaseContact, int vaccineDoses, LocalDate lastVaccination) {}
}
