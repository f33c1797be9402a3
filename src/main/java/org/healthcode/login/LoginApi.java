package org.healthcode.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.healthcode.identity.PhoneNumber;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Resident login by one-time code: request a code for a phone, then present it to open a session. */
@RestController
@RequestMapping(path = "/api/login", consumes = "application/json", produces = "application/json")
class LoginApi {

    private final LoginCodes codes;
    private final AccountHolderLookup holders;
    private final ResidentSessions sessions;
    private final LoginProperties settings;

    LoginApi(LoginCodes codes, AccountHolderLookup holders, ResidentSessions sessions, LoginProperties settings) {
        this.codes = codes;
        this.holders = holders;
        this.sessions = sessions;
        this.settings = settings;
    }

    record CodeRequest(@NotBlank @Size(max = 32) String phone) {}

    record CodeSent(String sentTo, long validForSeconds) {}

    record CodeLogin(
            @NotBlank @Size(max = 32) String phone,
            @NotBlank @Size(max = 16) String code) {}

    record LoggedIn(boolean registered) {}

    @PostMapping("/code")
    @ResponseStatus(HttpStatus.ACCEPTED)
    CodeSent requestCode(@Validated @RequestBody CodeRequest body, HttpServletRequest request) {
        PhoneNumber phone = PhoneNumber.of(body.phone());
        codes.request(phone, request.getRemoteAddr());
        return new CodeSent(phone.masked(), settings.codeValidity().toSeconds());
    }

    @PostMapping
    LoggedIn logIn(@Validated @RequestBody CodeLogin body, HttpServletRequest request, HttpServletResponse response) {
        PhoneNumber phone = PhoneNumber.of(body.phone());
        codes.verify(phone, body.code());
        ResidentPrincipal principal = new ResidentPrincipal(
                phone.canonical(), holders.residentWithPhone(phone).orElse(null));
        sessions.signIn(principal, request, response);
        return new LoggedIn(principal.registeredId().isPresent());
    }
}
