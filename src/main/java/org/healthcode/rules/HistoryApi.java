package org.healthcode.rules;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.healthcode.login.ResidentPrincipal;
import org.healthcode.residents.Residents;
import org.healthcode.status.HealthStatus;
import org.healthcode.status.StatusTexts;
import org.healthcode.status.Statuses;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Why was my code red on 12 April?": the status evaluated from the facts as of an instant, with its reasons, and the
 * log of colour changes. Residents see their own; auditors any resident's.
 */
@RestController
class HistoryApi {

    private final Statuses statuses;
    private final ColourChanges changes;
    private final Residents residents;
    private final StatusTexts texts;

    HistoryApi(Statuses statuses, ColourChanges changes, Residents residents, StatusTexts texts) {
        this.statuses = statuses;
        this.changes = changes;
        this.residents = residents;
        this.texts = texts;
    }

    record ReasonView(String code, String reason, String nextStep, String nextStepText) {}

    record ChangeView(Instant changedAt, String from, String to, String ruleSet, int ruleSetVersion, String policy) {}

    record HistoryView(Instant at, String colour, List<ReasonView> reasons, List<ChangeView> changes) {}

    @GetMapping("/api/me/history")
    HistoryView mine(
            @AuthenticationPrincipal ResidentPrincipal principal,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Optional<Instant> at,
            Locale locale) {
        return history(principal.requireRegistered(), at, locale);
    }

    @GetMapping("/api/reviews/residents/{residentId}/history")
    HistoryView ofResident(
            @PathVariable UUID residentId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Optional<Instant> at,
            Locale locale) {
        residents.view(residentId);
        return history(residentId, at, locale);
    }

    private HistoryView history(UUID residentId, Optional<Instant> at, Locale locale) {
        HealthStatus status =
                at.map(instant -> statuses.at(residentId, instant)).orElseGet(() -> statuses.current(residentId));
        List<ReasonView> reasons = status.reasons().stream()
                .map(reason -> new ReasonView(
                        reason.code(), texts.reason(reason, locale), reason.nextStep(), texts.nextStep(reason, locale)))
                .toList();
        List<ChangeView> log = changes.history(residentId).stream()
                .map(change -> new ChangeView(
                        change.changedAt(),
                        change.fromColour(),
                        change.toColour(),
                        change.ruleSetId(),
                        change.ruleSetVersion(),
                        change.policy()))
                .toList();
        return new HistoryView(
                status.evaluatedAt(), status.colour().map(Enum::name).orElse("NONE"), reasons, log);
    }
}
