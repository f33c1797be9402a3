package org.healthcode.status;

import java.time.Instant;
import java.util.ArrayList;
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
 * @param recency the latest test and the "negative within" window, for codes to carry
 * @param nextTransition the earliest instant at which time alone may change the colour; empty when only a new fact can
 */
public record HealthStatus(
        Optional<Colour> colour,
        AuditState audit,
        List<StatusReason> reasons,
        Instant evaluatedAt,
        TestRecency recency,
        Optional<Instant> nextTransition) {

    /** A status from the declaration audit alone: nothing known about testing, nothing due. */
    public HealthStatus(Optional<Colour> colour, AuditState audit, List<StatusReason> reasons, Instant evaluatedAt) {
        this(colour, audit, reasons, evaluatedAt, TestRecency.NONE, Optional.empty());
    }

    /** Whether a health code may be issued: only after an audit has been completed at least once. */
    public boolean codeIssuable() {
        return colour.isPresent();
    }

    /** This status further restricted by the region's colour rules; without a code there is still no code. */
    public HealthStatus restrictedBy(RuleOutcome rules) {
        List<StatusReason> all = new ArrayList<>(reasons);
        if (colour.isPresent()) {
            all.addAll(rules.reasons());
        }
        return new HealthStatus(
                colour.map(rules.colour()::worse),
                audit,
                List.copyOf(all),
                evaluatedAt,
                rules.recency(),
                rules.nextTransition());
    }
}
