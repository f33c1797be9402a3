package org.healthcode.cards;

import java.util.UUID;
import org.healthcode.login.ResidentPrincipal;
import org.healthcode.residents.Residents;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Residents issue, re-issue and revoke printable cards for themselves and their dependants. Issuing always revokes
 * the card in use, so issuing again is how a lost card is replaced. Responses are never cached: the text is a
 * credential.
 */
@RestController
class CardApi {

    private final Cards cards;
    private final Residents residents;

    CardApi(Cards cards, Residents residents) {
        this.cards = cards;
        this.residents = residents;
    }

    @PostMapping("/api/me/card")
    ResponseEntity<PrintableCard> issueMine(@AuthenticationPrincipal ResidentPrincipal principal) {
        UUID me = principal.requireRegistered();
        return noStore(cards.issue(me, me));
    }

    @PostMapping("/api/me/dependants/{dependantId}/card")
    ResponseEntity<PrintableCard> issueForDependant(
            @AuthenticationPrincipal ResidentPrincipal principal, @PathVariable UUID dependantId) {
        UUID me = principal.requireRegistered();
        residents.requireManagedBy(me, dependantId);
        return noStore(cards.issue(dependantId, me));
    }

    @DeleteMapping("/api/me/card")
    ResponseEntity<Void> revokeMine(@AuthenticationPrincipal ResidentPrincipal principal) {
        UUID me = principal.requireRegistered();
        cards.revoke(me, me);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/me/dependants/{dependantId}/card")
    ResponseEntity<Void> revokeDependants(
            @AuthenticationPrincipal ResidentPrincipal principal, @PathVariable UUID dependantId) {
        UUID me = principal.requireRegistered();
        residents.requireManagedBy(me, dependantId);
        cards.revoke(dependantId, me);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<PrintableCard> noStore(PrintableCard card) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(card);
    }
}
