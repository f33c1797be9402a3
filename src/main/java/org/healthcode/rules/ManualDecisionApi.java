package org.healthcode.rules;

import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Auditors request, approve and lift manual colour decisions (under /api/reviews, so auditors only). */
@RestController
class ManualDecisionApi {

    private final ManualDecisions decisions;

    ManualDecisionApi(ManualDecisions decisions) {
        this.decisions = decisions;
    }

    record Lifting(String reason) {}

    @PostMapping(path = "/api/reviews/residents/{residentId}/manual-decisions", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, UUID> request(
            @PathVariable UUID residentId, @RequestBody ManualDecisions.Request request, Authentication auditor) {
        return Map.of("request", decisions.request(residentId, request, auditor.getName()));
    }

    @PostMapping("/api/reviews/residents/{residentId}/manual-decisions/{requestId}/approval")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void approve(@PathVariable UUID residentId, @PathVariable UUID requestId, Authentication auditor) {
        decisions.approve(residentId, requestId, auditor.getName());
    }

    @PostMapping(
            path = "/api/reviews/residents/{residentId}/manual-decisions/{requestId}/lifting",
            consumes = "application/json")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void lift(
            @PathVariable UUID residentId,
            @PathVariable UUID requestId,
            @RequestBody Lifting lifting,
            Authentication auditor) {
        decisions.lift(residentId, requestId, lifting.reason(), auditor.getName());
    }
}
