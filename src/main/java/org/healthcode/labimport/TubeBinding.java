package org.healthcode.labimport;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The sampler's part: one single tube per result row, opened in the round of its sampling day at the import's site,
 * with the subject bound by their identity document (as for a person without a phone at hand). A tube that is
 * already sealed from an earlier run is left as it is; a single tube seals itself when its one member is bound.
 */
final class TubeBinding {

    private final ApiSession sampler;
    private final String siteId;
    private final ZoneId zone;

    TubeBinding(ApiSession sampler, String siteId, ZoneId zone) {
        this.sampler = sampler;
        this.siteId = siteId;
        this.zone = zone;
    }

    /** Binds the row's subject to the row's tube; true if this run opened or filled the tube. */
    boolean bind(ChopResult result, SyntheticSubject subject) {
        String path = "/api/sampling/tubes/" + result.barcode();
        ApiSession.Reply opened = sampler.post("/api/sampling/tubes", newTube(result));
        if (opened.status() != 201 && !opened.problemCode().equals("tube-exists")) {
            opened.expect(201, "opening tube " + result.barcode());
        }
        if (opened.status() != 201
                && sampler.get(path)
                        .expect(200, "looking up tube " + result.barcode())
                        .json()
                        .get("sealed")
                        .asBoolean()) {
            return false;
        }

        Map<String, Object> person = Map.of("documentType", "RESIDENT_ID_CARD", "documentNumber", subject.idNumber());
        JsonNode tube = sampler.post(path + "/members", person)
                .expect(200, "binding a subject to tube " + result.barcode())
                .json();
        if (!tube.get("sealed").asBoolean()) {
            throw new ImportFailedException("tube " + result.barcode() + " did not seal itself");
        }
        return true;
    }

    private Map<String, Object> newTube(ChopResult result) {
        Map<String, Object> tube = new HashMap<>();
        tube.put("barcode", result.barcode());
        tube.put("kind", "SINGLE");
        tube.put("siteId", siteId);
        tube.put("round", result.sampledAt().atZone(zone).toLocalDate().toString());
        return tube;
    }
}
