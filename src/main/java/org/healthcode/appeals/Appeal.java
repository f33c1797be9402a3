package org.healthcode.appeals;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One appeal against a yellow or red code, as both the resident and the auditors see it (the name masked).
 *
 * @param colourAtFiling the colour appealed against, {@code YELLOW} or {@code RED}
 * @param statement the resident's written statement, decrypted for display to the people allowed to see it
 * @param resolution the auditor's decision, once there is one
 */
public record Appeal(
        UUID id,
        UUID residentId,
        String maskedName,
        Instant filedAt,
        String colourAtFiling,
        String statement,
        Optional<Resolution> resolution) {

    /** An auditor's decision on an appeal, always with a written reason. */
    public record Resolution(AppealOutcome outcome, Instant resolvedAt, String resolvedBy, String reason) {}

    /** {@code OPEN} until resolved, then the outcome's name. */
    public String state() {
        return resolution.map(decided -> decided.outcome().name()).orElse("OPEN");
    }

    /** Whether an auditor has yet to decide. */
    public boolean open() {
        return resolution.isEmpty();
    }
}
