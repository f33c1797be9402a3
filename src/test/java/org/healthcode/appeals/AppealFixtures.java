package org.healthcode.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aPerson;
import static org.healthcode.testing.SyntheticPeople.cleanDeclaration;
import static org.healthcode.testing.SyntheticPeople.feverDeclaration;

import java.util.Map;
import java.util.UUID;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.Journeys;
import tools.jackson.databind.JsonNode;

/** Residents brought to a colour through the real API, and appeals filed and resolved the same way. */
final class AppealFixtures {

    private final Journeys journeys;
    private final ApiClient fresh;

    AppealFixtures(Journeys journeys, ApiClient fresh) {
        this.journeys = journeys;
        this.fresh = fresh;
    }

    record Resident(UUID id, ApiClient client) {}

    Resident green() {
        ApiClient client = fresh.copy();
        UUID id = journeys.register(client, aPerson());
        ApiClient.Response declared = client.put("/api/me/declaration", cleanDeclaration());
        assertThat(declared.status()).as(declared.body()).isEqualTo(200);
        return new Resident(id, client);
    }

    ApiClient auditor() {
        return journeys.staff(fresh.copy(), "AUDITOR");
    }

    /** A manual decision by {@code requester}; a red one approved by {@code approver}. Returns the request id. */
    String decide(Resident resident, String colour, ApiClient requester, ApiClient approver) {
        String decisions = "/api/reviews/residents/" + resident.id() + "/manual-decisions";
        ApiClient.Response requested = requester.post(
                decisions, Map.of("colour", colour, "category", "ISOLATION_ORDERED", "reason", "Isolation order 42"));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String request = requested.json().get("request").asString();
        if (colour.equals("RED")) {
            ApiClient.Response approved = approver.post(decisions + "/" + request + "/approval", Map.of());
            assertThat(approved.status()).as(approved.body()).isEqualTo(204);
        }
        return request;
    }

    /** A resident whose fever declaration an auditor restricted: yellow from the declaration review. */
    Resident restrictedByReview(ApiClient reviewer) {
        Resident resident = green();
        ApiClient.Response declared = resident.client().put("/api/me/declaration", feverDeclaration());
        assertThat(declared.status()).as(declared.body()).isEqualTo(200);
        String declaration = null;
        for (JsonNode review : reviewer.get("/api/reviews?limit=500").json()) {
            if (review.get("residentId").asString().equals(resident.id().toString())) {
                declaration = review.get("declarationId").asString();
            }
        }
        assertThat(declaration).as("the flagged declaration is in the queue").isNotNull();
        ApiClient.Response restricted = reviewer.post(
                "/api/reviews/" + declaration + "/decision",
                Map.of("outcome", "RESTRICT", "category", "SYMPTOMS_NEED_TEST", "reason", "Fever, needs a test"));
        assertThat(restricted.status()).as(restricted.body()).isIn(200, 204);
        return resident;
    }

    String colourOf(Resident resident) {
        return resident.client().get("/api/me/history").json().get("colour").asString();
    }

    ApiClient.Response file(Resident resident, String statement) {
        return resident.client().post("/api/me/appeals", Map.of("statement", statement));
    }

    ApiClient.Response resolve(ApiClient auditor, String appealId, String outcome, String reason) {
        return auditor.post(
                "/api/reviews/appeals/" + appealId + "/resolution", Map.of("outcome", outcome, "reason", reason));
    }
}
