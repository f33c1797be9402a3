package org.healthcode.residents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.healthcode.identity.DocumentType;

/**
 * What a person enters to register themselves or a dependant. Checked field by field when it is turned into value
 * objects; the bean constraints only bound sizes.
 *
 * @param issuingCountry ISO 3166 alpha-3 code, for passports only
 * @param homeDivision six-digit division code of the home
 */
public record Registration(
        @NotNull DocumentType documentType,
        @NotBlank @Size(max = 32) String documentNumber,
        @Size(max = 3) String issuingCountry,
        @NotBlank @Size(max = 64) String name,
        @NotBlank @Size(max = 6) String homeDivision,
        @NotBlank @Size(max = 200) String address) {}
