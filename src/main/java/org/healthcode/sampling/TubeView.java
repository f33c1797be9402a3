package org.healthcode.sampling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A tube as the sampler sees it: how full it is, the masked names of its members in binding order, and whether it is
 * sealed.
 */
public record TubeView(
        String barcode,
        TubeKind kind,
        int capacity,
        LocalDate round,
        UUID siteId,
        List<String> maskedNames,
        boolean sealed,
        Instant sealedAt) {

    public int members() {
        return maskedNames.size();
    }
}
