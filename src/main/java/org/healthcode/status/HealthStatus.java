package org.healthcode.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A person's status as derived from their facts at one instant.
 *
 * @param colour the code's colour; empty while no audit has ever been completed, in which case no code is issued
 * @param audit where the latest declaration stands
 * @param reasons why the colour is not green (or why there is no code), each with the step that helps; empty when
 *     green
 * @param evaluatedAt the instant the status holds for
 */
public record HealthStatus(Optional<Colour> colour, AuditState audit, List<StatusReason> reasons, Instant evaluatedAt) {

    /** Whether a health code may be issued: only after an audit has been completed at least once. */
    public boolean codeIssuable() {
        return colour.isPresent();
    }
}
