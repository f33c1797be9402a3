package org.healthcode.venues;

import java.util.UUID;
import org.healthcode.status.TestRecency;

/**
 * What the person at the door (or the staff member) sees at a glance for one person checked in: the large colour, the
 * masked name, test recency and the answer with its reason.
 *
 * @param colour {@code GREEN}, {@code YELLOW}, {@code RED} or {@code NONE}
 * @param companion whether this person was brought along by the scanned one
 * @param repeated whether the scan repeated one within the repeat window and was not recorded again
 */
public record Admission(
        UUID checkInId,
        String maskedName,
        String colour,
        TestRecency recency,
        EntryDecision.Verdict decision,
        String reason,
        String method,
        String confidence,
        boolean companion,
        boolean repeated) {}
