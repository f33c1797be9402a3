package org.healthcode.venues;

import org.healthcode.common.RejectedException;
import org.healthcode.login.ResidentPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The check-out button of the resident's check-ins page: ends the visit, then shows the page again. */
@Controller
class OccupancyCheckOutPage {

    private final OccupancyCheckOuts checkOuts;
    private final CheckIns checkIns;

    OccupancyCheckOutPage(OccupancyCheckOuts checkOuts, CheckIns checkIns) {
        this.checkOuts = checkOuts;
        this.checkIns = checkIns;
    }

    @PostMapping("/me/check-ins/{id}/check-out")
    String checkOut(@PathVariable String id, @AuthenticationPrincipal ResidentPrincipal principal, Model model) {
        try {
            checkOuts.checkOut(principal.requireRegistered(), OccupancyCheckOutApi.checkInId(id));
            return "redirect:/me/check-ins";
        } catch (RejectedException rejected) {
            model.addAttribute("error", rejected.errorCode());
            model.addAttribute("visits", checkIns.visitsOf(principal.requireRegistered(), MyCheckInsApi.LIMIT));
            return "venues/my-check-ins";
        }
    }
}
