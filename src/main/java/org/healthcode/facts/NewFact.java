package org.healthcode.facts;

import java.util.Map;
import java.util.UUID;

/** A fact about to be recorded; the store adds the id and the time. */
public record NewFact(UUID residentId, FactKind kind, Map<String, Object> detail, String recordedBy, String reason) {

    public static NewFact of(UUID residentId, FactKind kind, Map<String, Object> detail, String recordedBy) {
        return new NewFact(residentId, kind, detail, recordedBy, null);
    }

    public NewFact because(String reason) {
        return new NewFact(residentId, kind, detail, recordedBy, reason);
    }
}
