package org.healthcode.venues;

import java.security.Principal;
import org.healthcode.identity.DocumentType;
import org.healthcode.rules.DrugClass;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The staff scanner page of one venue: a camera scanner (html5-qrcode), a box to paste a code, a form for an identity
 * document, the entrance, and at pharmacies the drug class. Its script posts to {@code /api/venues/{id}/scans}, shows
 * the large verdict and plays a sound: a high double beep to let in, a low long tone to keep out.
 */
@Controller
class VenueScanPage {

    private final VenueRegistrations registrations;
    private final StaffPrincipals principals;

    VenueScanPage(VenueRegistrations registrations, StaffPrincipals principals) {
        this.registrations = registrations;
        this.principals = principals;
    }

    @GetMapping("/venues/{id}/scan")
    String scan(@PathVariable String id, Principal staff, Model model) {
        model.addAttribute("venue", registrations.view(VenueId.of(id), principals.accountId(staff)));
        model.addAttribute("documentTypes", DocumentType.values());
        model.addAttribute("drugClasses", DrugClass.values());
        return "venues/scan";
    }
}
