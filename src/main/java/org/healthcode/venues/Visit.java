package org.healthcode.venues;

import java.time.Instant;
import java.util.UUID;

/** A check-in as the person checked in sees it: where, when, how, and whether they were let in and why. */
public record Visit(
        UUID id,
        UUID venueId,
        String venueName,
        String venueCategory,
        String entrance,
        Instant checkedInAt,
        Instant checkedOutAt,
        Integer estimatedStayMinutes,
        String method,
        String confidence,
        String decision,
        String reason) {}
