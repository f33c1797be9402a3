package org.healthcode.venues;

import java.security.Principal;
import java.util.List;
import org.healthcode.login.ResidentPrincipal;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Place codes: the venue's poster (PNG, A4 PDF) and rotating display code for its operator and staff, and residents
 * checking in by scanning one.
 */
@RestController
class PlaceCodeApi {

    private final VenuePlaceCodes placeCodes;
    private final VenuePoster poster;
    private final Venues venues;
    private final StaffPrincipals principals;

    PlaceCodeApi(VenuePlaceCodes placeCodes, VenuePoster poster, Venues venues, StaffPrincipals principals) {
        this.placeCodes = placeCodes;
        this.poster = poster;
        this.venues = venues;
        this.principals = principals;
    }

    /** A resident's scan of a place code, with the ids of dependants checked in along. */
    record PlaceScan(String placeCode, List<String> companions) {}

    @GetMapping("/api/venues/{id}/place-codes/rotating")
    ResponseEntity<RotatingPlaceCode> rotating(@PathVariable String id, Principal staff) {
        RotatingPlaceCode code = placeCodes.rotating(VenueId.of(id), principals.accountId(staff));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(code);
    }

    @GetMapping(value = "/venues/{id}/poster.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> posterPng(@PathVariable String id, Principal staff) {
        String code = placeCodes.poster(VenueId.of(id), principals.accountId(staff));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"place-code.png\"")
                .body(poster.png(code));
    }

    @GetMapping(value = "/venues/{id}/poster.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> posterPdf(@PathVariable String id, Principal staff) {
        VenueId venueId = VenueId.of(id);
        String code = placeCodes.poster(venueId, principals.accountId(staff));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"place-code-poster.pdf\"")
                .body(poster.pdf(venues.require(venueId), code));
    }

    @PostMapping("/api/me/check-ins")
    ResponseEntity<AdmissionResult> checkIn(
            @AuthenticationPrincipal ResidentPrincipal principal, @RequestBody PlaceScan scan) {
        AdmissionResult result = placeCodes.checkIn(principal.requireRegistered(), scan.placeCode(), scan.companions());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(result);
    }
}
