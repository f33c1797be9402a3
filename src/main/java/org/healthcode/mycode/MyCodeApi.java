package org.healthcode.mycode;

import java.util.UUID;
import org.healthcode.login.ResidentPrincipal;
import org.healthcode.residents.Residents;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The resident's own screen code and their dependants'. Responses are never cached: the text is a credential. */
@RestController
class MyCodeApi {

    private final ScreenCodes codes;
    private final Residents residents;

    MyCodeApi(ScreenCodes codes, Residents residents) {
        this.codes = codes;
        this.residents = residents;
    }

    @GetMapping("/api/me/code")
    ResponseEntity<ScreenCode> myCode(@AuthenticationPrincipal ResidentPrincipal principal) {
        return noStore(codes.current(principal.requireRegistered()));
    }

    @GetMapping("/api/me/dependants/{dependantId}/code")
    ResponseEntity<ScreenCode> dependantCode(
            @AuthenticationPrincipal ResidentPrincipal principal, @PathVariable UUID dependantId) {
        residents.requireManagedBy(principal.requireRegistered(), dependantId);
        return noStore(codes.current(dependantId));
    }

    private static ResponseEntity<ScreenCode> noStore(ScreenCode code) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(code);
    }
}
