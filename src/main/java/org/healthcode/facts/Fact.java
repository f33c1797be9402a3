package org.healthcode.facts;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One recorded fact about a person: what happened, when, who recorded it and why. Never changed or deleted.
 *
 * @param detail small structured context, such as a declaration id or a list of flags; never clear personal data
 * @param recordedBy who recorded it: {@code system:<component>}, {@code staff:<username>} or {@code resident:<id>}
 */
public record Fact(
        long id,
        UUID residentId,
        FactKind kind,
        Map<String, Object> detail,
        Instant recordedAt,
        String recordedBy,
        String reason) {

    /** A detail value as text, if present. */
    public Optional<String> text(String key) {
        return Optional.ofNullable(detail.get(key)).map(Object::toString);
    }
}
