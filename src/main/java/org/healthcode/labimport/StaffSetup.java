package org.healthcode.labimport;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What an administrator sets up before the import, through the admin API, each step safe to repeat: the lab (kept
 * if it exists), a lab API key for this run (revoked after the upload), a sampler and an auditor account (created once, their password reset on later
 * runs, as only the administrator ever sees it) and the sampling site.
 */
final class StaffSetup {

    static final String SITE_NAME = "CHOP import";

    private final URI server;
    private final ApiSession admin;
    private final Clock clock;

    StaffSetup(URI server, ApiSession admin, Clock clock) {
        this.server = server;
        this.admin = admin;
        this.clock = clock;
    }

    /** The sessions the import works with, all logged in. */
    record Staff(
            ApiSession admin,
            ApiSession sampler,
            ApiSession auditor,
            ApiSession lab,
            String labKeyPath,
            String siteId) {

        /** Revokes the run's lab key once the upload is done, so keys do not pile up run after run. */
        void revokeLabKey() {
            admin.delete(labKeyPath).expect(204, "revoking the import's lab key");
        }
    }

    Staff prepare(String labCode) {
        ensureLab(labCode);
        JsonNode key = issueKey(labCode);
        ApiSession lab = new ApiSession(server).withLabKey(key.get("key").asString());
        String keyPath = "/api/admin/labs/" + labCode + "/keys/" + key.get("id").asString();
        ApiSession sampler = logIn(account("chop-import-sampler", "SAMPLER"), "chop-import-sampler");
        ApiSession auditor = logIn(account("chop-import-auditor", "AUDITOR"), "chop-import-auditor");
        return new Staff(admin, sampler, auditor, lab, keyPath, siteId(sampler));
    }

    private void ensureLab(String labCode) {
        ApiSession.Reply created =
                admin.post("/api/admin/labs", Map.of("code", labCode, "name", "CHOP import (" + labCode + ")"));
        if (created.status() != 201 && !created.problemCode().equals("lab-exists")) {
            created.expect(201, "creating lab " + labCode);
        }
    }

    private JsonNode issueKey(String labCode) {
        String name = "chop-import " + clock.instant();
        return admin.post("/api/admin/labs/" + labCode + "/keys", Map.of("name", name))
                .expect(201, "issuing a lab key")
                .json();
    }

    private String account(String username, String role) {
        for (JsonNode account :
                admin.get("/api/admin/accounts").expect(200, "listing accounts").json()) {
            if (account.get("username").asString().equals(username)) {
                String id = account.get("id").asString();
                return admin.post("/api/admin/accounts/" + id + "/password", Map.of())
                        .expect(200, "resetting the password of " + username)
                        .json()
                        .get("password")
                        .asString();
            }
        }
        Map<String, Object> account =
                Map.of("username", username, "displayName", "CHOP import " + role, "roles", List.of(role));
        return admin.post("/api/admin/accounts", account)
                .expect(201, "creating account " + username)
                .json()
                .get("initialPassword")
                .asString();
    }

    private ApiSession logIn(String password, String username) {
        return new ApiSession(server).logInAsStaff(username, password);
    }

    private static String siteId(ApiSession sampler) {
        for (JsonNode site : sampler.get("/api/sampling/sites")
                .expect(200, "listing sampling sites")
                .json()) {
            if (site.get("name").asString().equals(SITE_NAME)) {
                return site.get("id").asString();
            }
        }
        return sampler.post("/api/sampling/sites", Map.of("name", SITE_NAME))
                .expect(201, "creating the sampling site")
                .json()
                .get("id")
                .asString();
    }
}
