package org.healthcode.venues;

import java.time.Instant;

/**
 * The code a venue's display shows now.
 *
 * @param refreshAt when the display should fetch the next one (half-way through the validity)
 */
public record RotatingPlaceCode(String text, String svg, Instant expiresAt, Instant refreshAt) {}
