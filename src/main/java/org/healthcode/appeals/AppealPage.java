package org.healthcode.appeals;

import java.util.List;
import java.util.UUID;
import org.healthcode.common.RejectedException;
import org.healthcode.login.ResidentPrincipal;
import org.healthcode.residents.Residents;
import org.healthcode.status.Statuses;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The appeal pages: a resident files an appeal for themselves or a dependant and follows it ({@code /me/appeals});
 * auditors work through the open appeals ({@code /review/appeals}).
 */
@Controller
class AppealPage {

    private static final int QUEUE_SIZE = 50;

    private final Appeals appeals;
    private final Statuses statuses;
    private final Residents residents;

    AppealPage(Appeals appeals, Statuses statuses, Residents residents) {
        this.appeals = appeals;
        this.statuses = statuses;
        this.residents = residents;
    }

    @GetMapping("/me/appeals")
    String mine(
            @AuthenticationPrincipal ResidentPrincipal principal,
            @RequestParam(name = "for", required = false) UUID subject,
            @RequestParam(defaultValue = "false") boolean filed,
            Model model) {
        UUID residentId = managed(principal, subject);
        model.addAttribute("filed", filed);
        return showMine(residentId, "", model);
    }

    @PostMapping("/me/appeals")
    String file(
            @AuthenticationPrincipal ResidentPrincipal principal,
            @RequestParam UUID residentId,
            @RequestParam(defaultValue = "") String statement,
            Model model) {
        UUID me = principal.requireRegistered();
        try {
            appeals.file(residentId, statement, me);
            return "redirect:/me/appeals?filed=true&for=" + residentId;
        } catch (RejectedException rejected) {
            model.addAttribute("error", rejected.errorCode());
            model.addAttribute("filed", false);
            return showMine(managed(principal, residentId), statement, model);
        }
    }

    @GetMapping("/review/appeals")
    String queue(@RequestParam(defaultValue = "false") boolean resolved, Model model) {
        model.addAttribute("appeals", appeals.open(QUEUE_SIZE));
        model.addAttribute("outcomes", AppealOutcome.values());
        model.addAttribute("resolved", resolved);
        return "appeals/queue";
    }

    @PostMapping("/review/appeals/{appealId}")
    String resolve(
            @PathVariable UUID appealId,
            @RequestParam(required = false) AppealOutcome outcome,
            @RequestParam(defaultValue = "") String reason,
            Authentication auditor,
            Model model) {
        try {
            appeals.resolve(appealId, new Appeals.Decision(outcome, reason), auditor.getName());
            return "redirect:/review/appeals?resolved=true";
        } catch (RejectedException rejected) {
            model.addAttribute("error", rejected.errorCode());
            return queue(false, model);
        }
    }

    private String showMine(UUID residentId, String statement, Model model) {
        List<Appeal> history = appeals.of(residentId);
        String colour = statuses.current(residentId).colour().map(Enum::name).orElse("NONE");
        boolean open = history.stream().anyMatch(Appeal::open);
        model.addAttribute("residentId", residentId);
        model.addAttribute("maskedName", residents.view(residentId).maskedName());
        model.addAttribute("colour", colour);
        model.addAttribute("appeals", history);
        model.addAttribute("canFile", !open && (colour.equals("YELLOW") || colour.equals("RED")));
        model.addAttribute("statement", statement);
        model.addAttribute("maxStatement", AppealStatement.MAX_LENGTH);
        return "appeals/mine";
    }

    private UUID managed(ResidentPrincipal principal, UUID subject) {
        UUID me = principal.requireRegistered();
        UUID residentId = subject == null ? me : subject;
        residents.requireManagedBy(me, residentId);
        return residentId;
    }
}
