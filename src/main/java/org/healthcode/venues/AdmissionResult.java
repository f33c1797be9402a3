package org.healthcode.venues;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The answer to a scan at a venue: the venue, the time, and one admission per person (the scanned person first, then
 * those accompanying them).
 *
 * @param drugPurchaseRecorded whether a pharmacy's drug purchase was recorded (only for a person allowed in)
 */
public record AdmissionResult(
        UUID venueId,
        String venueName,
        String venueCategory,
        Instant checkedInAt,
        List<Admission> people,
        boolean drugPurchaseRecorded) {}
