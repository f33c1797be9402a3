package org.healthcode.venues;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The venue's display page (its rotating place code, refreshing itself) and the resident's check-in page (scan a place
 * code with the phone camera or paste it; the result shows what staff need at a glance, with a sound).
 */
@Controller
class PlaceCodePages {

    private final VenueRegistrations registrations;
    private final StaffPrincipals principals;

    PlaceCodePages(VenueRegistrations registrations, StaffPrincipals principals) {
        this.registrations = registrations;
        this.principals = principals;
    }

    @GetMapping("/venues/{id}/display")
    String display(@PathVariable String id, Principal staff, Model model) {
        model.addAttribute("venue", registrations.view(VenueId.of(id), principals.accountId(staff)));
        return "venues/display";
    }

    @GetMapping("/me/check-in")
    String checkIn() {
        return "venues/check-in";
    }
}
