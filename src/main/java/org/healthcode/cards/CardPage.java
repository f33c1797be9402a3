package org.healthcode.cards;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.healthcode.login.ResidentPrincipal;
import org.healthcode.residents.Residents;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The printable card page of the resident or one of their dependants: the card's QR symbol at print size with the
 * masked name, serial and dates, and the buttons to issue, re-issue or revoke it.
 */
@Controller
class CardPage {

    private final Cards cards;
    private final Residents residents;

    CardPage(Cards cards, Residents residents) {
        this.cards = cards;
        this.residents = residents;
    }

    @GetMapping("/me/card")
    String show(
            @AuthenticationPrincipal ResidentPrincipal principal,
            @RequestParam(name = "for", required = false) UUID subject,
            HttpServletResponse response,
            Model model) {
        UUID holder = managedHolder(principal, subject);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("holder", holder);
        model.addAttribute("maskedName", residents.view(holder).maskedName());
        model.addAttribute("card", cards.current(holder).orElse(null));
        return "cards/card";
    }

    @PostMapping("/me/card")
    String issue(
            @AuthenticationPrincipal ResidentPrincipal principal,
            @RequestParam(name = "for", required = false) UUID subject) {
        UUID holder = managedHolder(principal, subject);
        cards.issue(holder, principal.requireRegistered());
        return "redirect:/me/card?for=" + holder;
    }

    @PostMapping("/me/card/revocation")
    String revoke(
            @AuthenticationPrincipal ResidentPrincipal principal,
            @RequestParam(name = "for", required = false) UUID subject) {
        UUID holder = managedHolder(principal, subject);
        if (cards.hasCardInUse(holder)) {
            cards.revoke(holder, principal.requireRegistered());
        }
        return "redirect:/me/card?for=" + holder;
    }

    private UUID managedHolder(ResidentPrincipal principal, UUID subject) {
        UUID me = principal.requireRegistered();
        UUID holder = subject == null ? me : subject;
        residents.requireManagedBy(me, holder);
        return holder;
    }
}
