package org.healthcode.venues;

import java.util.UUID;
import org.healthcode.common.RejectedException;
import org.healthcode.login.ResidentPrincipal;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A resident checks out of a venue they were let into, so that they stop counting towards its occupancy. */
@RestController
class OccupancyCheckOutApi {

    private final OccupancyCheckOuts checkOuts;

    OccupancyCheckOutApi(OccupancyCheckOuts checkOuts) {
        this.checkOuts = checkOuts;
    }

    @PostMapping("/api/me/check-ins/{id}/check-out")
    ResponseEntity<OccupancyCheckOuts.CheckOut> checkOut(
            @PathVariable String id, @AuthenticationPrincipal ResidentPrincipal principal) {
        OccupancyCheckOuts.CheckOut done = checkOuts.checkOut(principal.requireRegistered(), checkInId(id));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(done);
    }

    static UUID checkInId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException malformed) {
            throw new RejectedException(VenueFlowErrorCode.CHECK_IN_ID_MALFORMED, "id");
        }
    }
}
