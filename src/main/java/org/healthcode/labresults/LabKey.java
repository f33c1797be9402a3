package org.healthcode.labresults;

import java.time.Instant;
import java.util.UUID;

/**
 * A lab system's API key as listed: never the key itself, which is shown once when issued and stored only hashed.
 *
 * @param key the key, only in the answer that issues it; {@code null} everywhere else
 */
public record LabKey(UUID id, String labCode, String name, Instant createdAt, Instant revokedAt, String key) {}
