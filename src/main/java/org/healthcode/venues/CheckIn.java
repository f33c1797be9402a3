package org.healthcode.venues;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One person admitted or refused at a venue.
 *
 * @param repeated whether this scan repeated an earlier one within the repeat window and was not recorded again (the
 *     earlier check-in is returned)
 */
public record CheckIn(
        UUID id,
        LocalDate day,
        UUID venueId,
        UUID residentId,
        UUID entranceId,
        Instant checkedInAt,
        Instant checkedOutAt,
        Integer estimatedStayMinutes,
        CheckInMethod method,
        CheckInMethod.Confidence confidence,
        EntryDecision decision,
        UUID accompaniedBy,
        boolean repeated) {

    CheckIn asRepeated() {
        return new CheckIn(
                id,
                day,
                venueId,
                residentId,
                entranceId,
                checkedInAt,
                checkedOutAt,
                estimatedStayMinutes,
                method,
                confidence,
                decision,
                accompaniedBy,
                true);
    }
}
