package org.healthcode.venues;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A check-in about to be recorded: the venue (open, already checked), the person, how and by whom, and the entry
 * decision.
 *
 * @param recordedBy the staff username, or {@code resident} for a resident's own scan of a place code
 * @param accompaniedBy the person who brought this one along, if any
 */
public record NewCheckIn(
        Venue venue,
        UUID residentId,
        Optional<UUID> entranceId,
        CheckInMethod method,
        EntryDecision decision,
        Optional<Integer> estimatedStayMinutes,
        String recordedBy,
        Optional<UUID> accompaniedBy) {

    public NewCheckIn {
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(residentId, "residentId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }
}
