package org.healthcode.venues;

import java.security.Principal;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The flow figures of one venue, for its operator and assigned staff: occupancy now (assessed for crowding alerts
 * as it is read), recent alerts, scans per minute per entrance over the last hour, and arrivals per hour of a day.
 * The flow page draws its charts from these same answers.
 */
@RestController
class VenueFlowApi {

    static final int ALERTS = 20;

    private final Venues venues;
    private final VenueFlows flows;
    private final CrowdingAlerts alerts;
    private final StaffPrincipals principals;

    VenueFlowApi(Venues venues, VenueFlows flows, CrowdingAlerts alerts, StaffPrincipals principals) {
        this.venues = venues;
        this.flows = flows;
        this.alerts = alerts;
        this.principals = principals;
    }

    @GetMapping("/api/venues/{id}/occupancy")
    ResponseEntity<Occupancy> occupancy(@PathVariable String id, Principal staff) {
        return fresh(alerts.assess(venue(id, staff)));
    }

    @GetMapping("/api/venues/{id}/crowding-alerts")
    ResponseEntity<List<CrowdingAlert>> crowdingAlerts(@PathVariable String id, Principal staff) {
        return fresh(alerts.recent(venue(id, staff).id(), ALERTS));
    }

    @GetMapping("/api/venues/{id}/scans-per-minute")
    ResponseEntity<List<VenueFlows.EntranceMinutes>> scansPerMinute(@PathVariable String id, Principal staff) {
        return fresh(flows.scansPerMinute(venue(id, staff)));
    }

    @GetMapping("/api/venues/{id}/hourly-flow")
    ResponseEntity<List<VenueFlows.Hour>> hourly(
            @PathVariable String id, @RequestParam(required = false) String day, Principal staff) {
        Venue venue = venue(id, staff);
        return fresh(flows.hourly(venue, flows.dayOrToday(day)));
    }

    private Venue venue(String id, Principal staff) {
        return venues.requireActingFor(VenueId.of(id), principals.accountId(staff));
    }

    private static <T> ResponseEntity<T> fresh(T body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }
}
