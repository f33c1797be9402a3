package org.healthcode.rules;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.healthcode.status.Colour;
import org.healthcode.status.StatusReason;

/**
 * What one policy concludes about a person at one instant.
 *
 * @param policy the name of the policy in its rule set
 * @param colour the colour the policy asks for; green when it only watches a deadline
 * @param reason why, with the next step that restores green; shown only when the colour is not green
 * @param nextTransition when time alone may change this finding
 * @param factIds the facts the finding rests on
 */
public record Finding(
        String policy, Colour colour, StatusReason reason, Optional<Instant> nextTransition, List<Long> factIds) {

    public Finding {
        factIds = List.copyOf(factIds);
    }

    /** Whether the finding restricts the person. */
    public boolean restricts() {
        return colour != Colour.GREEN;
    }
}
