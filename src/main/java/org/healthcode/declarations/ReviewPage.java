package org.healthcode.declarations;

import java.util.UUID;
import org.healthcode.common.RejectedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditors' review queue page. */
@Controller
class ReviewPage {

    private static final int PAGE_SIZE = 50;

    private final Reviews reviews;

    ReviewPage(Reviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/review")
    String queue(@RequestParam(defaultValue = "false") boolean decided, Model model) {
        model.addAttribute("cases", reviews.open(PAGE_SIZE));
        model.addAttribute("outcomes", ReviewOutcome.values());
        model.addAttribute("categories", RestrictionCategory.values());
        model.addAttribute("decided", decided);
        return "review/queue";
    }

    @PostMapping("/review/{declarationId}")
    String decide(
            @PathVariable UUID declarationId,
            @RequestParam ReviewOutcome outcome,
            @RequestParam(required = false) RestrictionCategory category,
            @RequestParam(defaultValue = "") String reason,
            Authentication auditor,
            Model model) {
        try {
            reviews.decide(declarationId, new Reviews.Decision(outcome, category, reason), auditor.getName());
            return "redirect:/review?decided=true";
        } catch (RejectedException rejected) {
            model.addAttribute("error", rejected.errorCode());
            return queue(false, model);
        }
    }
}
