package org.healthcode.declarations;

import java.util.List;
import java.util.UUID;
import org.healthcode.login.ResidentPrincipal;
import org.healthcode.residents.Residents;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Residents declare for themselves and their dependants; auditors work the review queue. */
@RestController
class DeclarationApi {

    private final Declarations declarations;
    private final Reviews reviews;
    private final Residents residents;

    DeclarationApi(Declarations declarations, Reviews reviews, Residents residents) {
        this.declarations = declarations;
        this.reviews = reviews;
        this.residents = residents;
    }

    @PutMapping(path = "/api/me/declaration", consumes = "application/json")
    Declarations.Submitted declare(
            @AuthenticationPrincipal ResidentPrincipal principal, @Validated @RequestBody DeclarationContent content) {
        UUID me = principal.requireRegistered();
        return declarations.submit(me, me, residents.view(me).homeDivision(), content);
    }

    @PutMapping(path = "/api/me/dependants/{dependantId}/declaration", consumes = "application/json")
    Declarations.Submitted declareForDependant(
            @AuthenticationPrincipal ResidentPrincipal principal,
            @PathVariable UUID dependantId,
            @Validated @RequestBody DeclarationContent content) {
        UUID me = principal.requireRegistered();
        residents.requireManagedBy(me, dependantId);
        return declarations.submit(dependantId, me, residents.view(dependantId).homeDivision(), content);
    }

    @GetMapping("/api/reviews")
    List<ReviewCase> openReviews(@RequestParam(defaultValue = "50") int limit) {
        return reviews.open(limit);
    }

    @PostMapping(path = "/api/reviews/{declarationId}/decision", consumes = "application/json")
    void decide(@PathVariable UUID declarationId, @RequestBody Reviews.Decision decision, Authentication auditor) {
        reviews.decide(declarationId, decision, auditor.getName());
    }
}
