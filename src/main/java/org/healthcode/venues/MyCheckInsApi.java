package org.healthcode.venues;

import java.util.List;
import org.healthcode.login.ResidentPrincipal;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Residents see their own check-ins still kept (the retention period), newest first. */
@RestController
class MyCheckInsApi {

    static final int LIMIT = 200;

    private final CheckIns checkIns;

    MyCheckInsApi(CheckIns checkIns) {
        this.checkIns = checkIns;
    }

    @GetMapping("/api/me/check-ins")
    ResponseEntity<List<Visit>> mine(@AuthenticationPrincipal ResidentPrincipal principal) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(checkIns.visitsOf(principal.requireRegistered(), LIMIT));
    }
}
