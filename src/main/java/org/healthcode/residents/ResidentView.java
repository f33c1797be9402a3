package org.healthcode.residents;

import java.util.UUID;
import org.healthcode.identity.DocumentType;

/**
 * A resident as screens and APIs show them: every personal field masked.
 *
 * @param maskedPhone empty for dependants, who have no phone of their own
 */
public record ResidentView(
        UUID id,
        DocumentType documentType,
        String maskedDocument,
        String maskedName,
        String maskedPhone,
        String homeDivision,
        String homeDivisionName,
        boolean dependant) {}
