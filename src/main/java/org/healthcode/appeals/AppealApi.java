package org.healthcode.appeals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.healthcode.login.ResidentPrincipal;
import org.healthcode.residents.ResidentView;
import org.healthcode.residents.Residents;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Appeals as JSON: residents file and follow theirs (and their dependants') under {@code /api/me/appeals}; auditors
 * see the open queue and resolve appeals under {@code /api/reviews/appeals}.
 */
@RestController
class AppealApi {

    private static final int QUEUE_SIZE = 100;

    private final Appeals appeals;
    private final Residents residents;

    AppealApi(Appeals appeals, Residents residents) {
        this.appeals = appeals;
        this.residents = residents;
    }

    /** A new appeal; {@code residentId} is a dependant's id, or absent for oneself. */
    record Filing(UUID residentId, String statement) {}

    record Resolving(AppealOutcome outcome, String reason) {}

    /** The resident's view: the outcome and its reason, not who decided. */
    record ResidentAppealView(
            UUID id,
            UUID residentId,
            String maskedName,
            Instant filedAt,
            String colourAtFiling,
            String statement,
            String state,
            Instant resolvedAt,
            String resolutionReason) {

        static ResidentAppealView of(Appeal appeal) {
            return new ResidentAppealView(
                    appeal.id(),
                    appeal.residentId(),
                    appeal.maskedName(),
                    appeal.filedAt(),
                    appeal.colourAtFiling(),
                    appeal.statement(),
                    appeal.state(),
                    appeal.resolution().map(Appeal.Resolution::resolvedAt).orElse(null),
                    appeal.resolution().map(Appeal.Resolution::reason).orElse(null));
        }
    }

    /** The auditor's view: the resident's view and who resolved it. */
    record AuditorAppealView(ResidentAppealView appeal, String resolvedBy) {

        static AuditorAppealView of(Appeal appeal) {
            return new AuditorAppealView(
                    ResidentAppealView.of(appeal),
                    appeal.resolution().map(Appeal.Resolution::resolvedBy).orElse(null));
        }
    }

    @PostMapping(path = "/api/me/appeals", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    ResidentAppealView file(@AuthenticationPrincipal ResidentPrincipal principal, @RequestBody Filing filing) {
        UUID me = principal.requireRegistered();
        UUID subject = filing.residentId() == null ? me : filing.residentId();
        return ResidentAppealView.of(appeals.file(subject, filing.statement(), me));
    }

    @GetMapping("/api/me/appeals")
    List<ResidentAppealView> mine(@AuthenticationPrincipal ResidentPrincipal principal) {
        UUID me = principal.requireRegistered();
        List<ResidentAppealView> all = new ArrayList<>();
        appeals.of(me).forEach(appeal -> all.add(ResidentAppealView.of(appeal)));
        for (ResidentView dependant : residents.dependants(me)) {
            appeals.of(dependant.id()).forEach(appeal -> all.add(ResidentAppealView.of(appeal)));
        }
        return all;
    }

    @GetMapping("/api/reviews/appeals")
    List<AuditorAppealView> queue(@RequestParam(defaultValue = "" + QUEUE_SIZE) int limit) {
        return appeals.open(limit).stream().map(AuditorAppealView::of).toList();
    }

    @GetMapping("/api/reviews/appeals/{appealId}")
    AuditorAppealView one(@PathVariable UUID appealId) {
        return AuditorAppealView.of(appeals.get(appealId));
    }

    @GetMapping("/api/reviews/residents/{residentId}/appeals")
    List<AuditorAppealView> ofResident(@PathVariable UUID residentId) {
        residents.view(residentId);
        return appeals.of(residentId).stream().map(AuditorAppealView::of).toList();
    }

    @PostMapping(path = "/api/reviews/appeals/{appealId}/resolution", consumes = "application/json")
    AuditorAppealView resolve(@PathVariable UUID appealId, @RequestBody Resolving resolving, Authentication auditor) {
        Appeals.Decision decision = new Appeals.Decision(resolving.outcome(), resolving.reason());
        return AuditorAppealView.of(appeals.resolve(appealId, decision, auditor.getName()));
    }
}
