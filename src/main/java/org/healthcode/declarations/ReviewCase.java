package org.healthcode.declarations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A flagged declaration waiting for an auditor, as the review queue shows it (personal data masked). */
public record ReviewCase(
        UUID declarationId,
        UUID residentId,
        String maskedName,
        String homeDivision,
        String homeDivisionName,
        List<String> flags,
        Instant flaggedAt) {}
