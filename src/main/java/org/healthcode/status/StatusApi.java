package org.healthcode.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.healthcode.login.ResidentPrincipal;
import org.healthcode.residents.Residents;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A resident's current status, with the reasons and next steps written out in the reader's language. */
@RestController
class StatusApi {

    private final Statuses statuses;
    private final Residents residents;
    private final StatusTexts texts;

    StatusApi(Statuses statuses, Residents residents, StatusTexts texts) {
        this.statuses = statuses;
        this.residents = residents;
        this.texts = texts;
    }

    record ReasonView(String code, String reason, String nextStep, String nextStepText) {}

    record StatusView(
            String colour, AuditState audit, boolean codeIssuable, List<ReasonView> reasons, TestRecency recency) {}

    @GetMapping("/api/me/status")
    StatusView myStatus(@AuthenticationPrincipal ResidentPrincipal principal, Locale locale) {
        return view(statuses.current(principal.requireRegistered()), locale);
    }

    @GetMapping("/api/me/dependants/{dependantId}/status")
    StatusView dependantStatus(
            @AuthenticationPrincipal ResidentPrincipal principal, @PathVariable UUID dependantId, Locale locale) {
        residents.requireManagedBy(principal.requireRegistered(), dependantId);
        return view(statuses.current(dependantId), locale);
    }

    private StatusView view(HealthStatus status, Locale locale) {
        List<ReasonView> reasons = status.reasons().stream()
                .map(reason -> new ReasonView(
                        reason.code(), texts.reason(reason, locale), reason.nextStep(), texts.nextStep(reason, locale)))
                .toList();
        return new StatusView(
                status.colour().map(Enum::name).orElse("NONE"),
                status.audit(),
                status.codeIssuable(),
                reasons,
                status.recency());
    }
}
