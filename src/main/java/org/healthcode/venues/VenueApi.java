package org.healthcode.venues;

import java.security.Principal;
import java.util.List;
import org.healthcode.divisions.Divisions;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators register, list and retire their venues and assign staff to them; staff list the venues they serve. */
@RestController
class VenueApi {

    private final VenueRegistrations registrations;
    private final Divisions divisions;
    private final StaffPrincipals principals;

    VenueApi(VenueRegistrations registrations, Divisions divisions, StaffPrincipals principals) {
        this.registrations = registrations;
        this.divisions = divisions;
        this.principals = principals;
    }

    /** Who to assign to a venue, by username. */
    record StaffAssignment(String username) {}

    @PostMapping("/api/venues")
    @ResponseStatus(HttpStatus.CREATED)
    VenueSummary register(@RequestBody VenueRegistration.Form form, Principal operator) {
        return registrations.register(principals.accountId(operator), VenueRegistration.of(form, divisions));
    }

    @GetMapping("/api/venues")
    List<VenueSummary> list(Principal staff) {
        return registrations.of(principals.accountId(staff));
    }

    @GetMapping("/api/venues/{id}")
    VenueSummary view(@PathVariable String id, Principal staff) {
        return registrations.view(VenueId.of(id), principals.accountId(staff));
    }

    @PostMapping("/api/venues/{id}/retirement")
    VenueSummary retire(@PathVariable String id, Principal operator) {
        return registrations.retire(VenueId.of(id), principals.accountId(operator));
    }

    @PostMapping("/api/venues/{id}/staff")
    VenueSummary assignStaff(@PathVariable String id, @RequestBody StaffAssignment assignment, Principal operator) {
        return registrations.assignStaff(VenueId.of(id), principals.accountId(operator), assignment.username());
    }
}
