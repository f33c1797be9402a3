package org.healthcode.residents;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.healthcode.login.ResidentPrincipal;
import org.healthcode.login.ResidentSessions;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registration of the logged-in phone holder, their masked profile and their dependants. */
@RestController
class ResidentApi {

    private final Residents residents;
    private final ResidentSessions sessions;

    ResidentApi(Residents residents, ResidentSessions sessions) {
        this.residents = residents;
        this.sessions = sessions;
    }

    @PostMapping(path = "/api/residents", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    ResidentView register(
            @AuthenticationPrincipal ResidentPrincipal principal,
            @Validated @RequestBody Registration registration,
            HttpServletRequest request,
            HttpServletResponse response) {
        ResidentView registered = residents.register(principal, registration);
        sessions.signIn(principal.registeredAs(registered.id()), request, response);
        return registered;
    }

    @GetMapping("/api/me")
    ResidentView me(@AuthenticationPrincipal ResidentPrincipal principal) {
        return residents.view(principal.requireRegistered());
    }

    @GetMapping("/api/me/dependants")
    List<ResidentView> dependants(@AuthenticationPrincipal ResidentPrincipal principal) {
        return residents.dependants(principal.requireRegistered());
    }

    @PostMapping(path = "/api/me/dependants", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    ResidentView addDependant(
            @AuthenticationPrincipal ResidentPrincipal principal, @Validated @RequestBody Registration registration) {
        return residents.addDependant(principal.requireRegistered(), registration);
    }
}
