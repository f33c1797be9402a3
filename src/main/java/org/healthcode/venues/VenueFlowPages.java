package org.healthcode.venues;

import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The flow pages: a venue's page for its operator and staff (occupancy gauge refreshed by htmx every few seconds,
 * with crowding alerts; scans per minute per entrance; arrivals per hour of a chosen day) and the district overview
 * for health staff. The charts are drawn by Chart.js (served from this server's webjars) from the JSON APIs.
 */
@Controller
class VenueFlowPages {

    private final VenueRegistrations registrations;
    private final Venues venues;
    private final VenueFlows flows;
    private final CrowdingAlerts alerts;
    private final VenueFlowDistricts districts;
    private final StaffPrincipals principals;

    VenueFlowPages(
            VenueRegistrations registrations,
            Venues venues,
            VenueFlows flows,
            CrowdingAlerts alerts,
            VenueFlowDistricts districts,
            StaffPrincipals principals) {
        this.registrations = registrations;
        this.venues = venues;
        this.flows = flows;
        this.alerts = alerts;
        this.districts = districts;
        this.principals = principals;
    }

    @GetMapping("/venues/{id}/flows")
    String venue(@PathVariable String id, @RequestParam(required = false) String day, Principal staff, Model model) {
        VenueId venueId = VenueId.of(id);
        model.addAttribute("venue", registrations.view(venueId, principals.accountId(staff)));
        model.addAttribute("day", flows.dayOrToday(day));
        return gauge(venueId, staff, model, "venues/flows");
    }

    @GetMapping("/venues/{id}/flows/occupancy")
    String occupancy(@PathVariable String id, Principal staff, Model model) {
        return gauge(VenueId.of(id), staff, model, "venues/flows :: gauge");
    }

    private String gauge(VenueId id, Principal staff, Model model, String view) {
        Venue venue = venues.requireActingFor(id, principals.accountId(staff));
        model.addAttribute("venueId", id.value());
        model.addAttribute("occupancy", alerts.assess(venue));
        model.addAttribute("alerts", alerts.recent(id, VenueFlowApi.ALERTS));
        return view;
    }

    @GetMapping("/flows")
    String pickDistrict(@RequestParam(required = false) String division) {
        if (division == null || division.isBlank()) {
            return "venues/district-flows";
        }

        return "redirect:/flows/districts/" + districts.district(division).code();
    }

    @GetMapping("/flows/districts/{code}")
    String district(
            @PathVariable String code, @RequestParam(required = false) String day, Authentication caller, Model model) {
        model.addAttribute("overview", districts.overview(districts.districtFor(code, caller)));
        model.addAttribute("day", flows.dayOrToday(day));
        return "venues/district-flows";
    }
}
