package org.healthcode.sampling;

import java.util.UUID;

/**
 * A sampler's request to open a tube.
 *
 * @param kind {@code SINGLE} or {@code MIXED}
 * @param poolSize for a mixed tube, one of the configured pool sizes; {@code null} for the default
 * @param round the sampling round as {@code yyyy-MM-dd}; {@code null} for today's local date
 */
public record TubeToOpen(String barcode, String kind, Integer poolSize, UUID siteId, String round) {}
