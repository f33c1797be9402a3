package org.healthcode.appeals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.healthcode.common.TimeProperties;
import org.healthcode.login.ResidentPrincipal;
import org.healthcode.residents.Residents;
import org.healthcode.rules.ColourChange;
import org.healthcode.rules.ColourChanges;
import org.healthcode.status.HealthStatus;
import org.healthcode.status.StatusTexts;
import org.healthcode.status.Statuses;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Why was my code red on 12 April?" as a page: the colour as of a chosen local date and time with its reasons, the
 * log of colour changes and the appeals. Residents see their own and their dependants' ({@code /me/history});
 * auditors any resident's ({@code /review/residents/{id}/history}). Names are masked.
 */
@Controller
class HistoryPage {

    private final Statuses statuses;
    private final ColourChanges changes;
    private final StatusTexts texts;
    private final Residents residents;
    private final Appeals appeals;
    private final TimeProperties time;
    private final Clock clock;

    HistoryPage(
            Statuses statuses,
            ColourChanges changes,
            StatusTexts texts,
            Residents residents,
            Appeals appeals,
            TimeProperties time,
            Clock clock) {
        this.statuses = statuses;
        this.changes = changes;
        this.texts = texts;
        this.residents = residents;
        this.appeals = appeals;
        this.time = time;
        this.clock = clock;
    }

    record ReasonLine(String reason, String nextStep) {}

    @GetMapping("/me/history")
    String mine(
            @AuthenticationPrincipal ResidentPrincipal principal,
            @RequestParam(name = "for", required = false) UUID subject,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
            Locale locale,
            Model model) {
        UUID me = principal.requireRegistered();
        UUID residentId = subject == null ? me : subject;
        residents.requireManagedBy(me, residentId);
        model.addAttribute("action", "/me/history");
        model.addAttribute("auditor", false);
        return show(residentId, at, locale, model);
    }

    @GetMapping("/review/residents/{residentId}/history")
    String ofResident(
            @PathVariable UUID residentId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
            Locale locale,
            Model model) {
        model.addAttribute("action", "/review/residents/" + residentId + "/history");
        model.addAttribute("auditor", true);
        return show(residentId, at, locale, model);
    }

    private String show(UUID residentId, LocalDateTime at, Locale locale, Model model) {
        Instant instant = at == null ? clock.instant() : at.atZone(time.zone()).toInstant();
        HealthStatus status = statuses.at(residentId, instant);
        List<ReasonLine> reasons = status.reasons().stream()
                .map(reason -> new ReasonLine(texts.reason(reason, locale), texts.nextStep(reason, locale)))
                .toList();
        model.addAttribute("residentId", residentId);
        model.addAttribute("maskedName", residents.view(residentId).maskedName());
        model.addAttribute("at", instant.atZone(time.zone()).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES));
        model.addAttribute("colour", status.colour().map(Enum::name).orElse("NONE"));
        model.addAttribute("reasons", reasons);
        List<ColourChange> newestFirst = new ArrayList<>(changes.history(residentId));
        Collections.reverse(newestFirst);
        model.addAttribute("changes", newestFirst);
        model.addAttribute("appeals", appeals.of(residentId));
        return "appeals/history";
    }
}
