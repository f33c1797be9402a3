package org.healthcode.venues;

import org.healthcode.login.ResidentPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The resident's page listing their own check-ins, linked from their portal page. */
@Controller
class MyCheckInsPage {

    private final CheckIns checkIns;

    MyCheckInsPage(CheckIns checkIns) {
        this.checkIns = checkIns;
    }

    @GetMapping("/me/check-ins")
    String mine(@AuthenticationPrincipal ResidentPrincipal principal, Model model) {
        model.addAttribute("visits", checkIns.visitsOf(principal.requireRegistered(), MyCheckInsApi.LIMIT));
        return "venues/my-check-ins";
    }
}
