package org.healthcode.venues;

import java.security.Principal;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Venue staff scan a visitor's code or check their document; the answer shows who may enter and why. */
@RestController
class VenueScanApi {

    private final VenueScans scans;
    private final StaffPrincipals principals;

    VenueScanApi(VenueScans scans, StaffPrincipals principals) {
        this.scans = scans;
        this.principals = principals;
    }

    @PostMapping("/api/venues/{id}/scans")
    ResponseEntity<AdmissionResult> scan(@PathVariable String id, @RequestBody ScanRequest request, Principal staff) {
        AdmissionResult result = scans.scan(VenueId.of(id), principals.accountId(staff), staff.getName(), request);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(result);
    }
}
