package org.healthcode.venues;

import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The district overview for health staff (district offices, epidemiologists, administrators; the paths under
 * {@code /api/flows} are limited to those roles): venues with their occupancy, the most crowded, arrivals per hour.
 */
@RestController
class VenueFlowDistrictApi {

    private final VenueFlowDistricts districts;
    private final VenueFlows flows;

    VenueFlowDistrictApi(VenueFlowDistricts districts, VenueFlows flows) {
        this.districts = districts;
        this.flows = flows;
    }

    @GetMapping("/api/flows/districts/{code}")
    ResponseEntity<VenueFlowDistricts.Overview> overview(@PathVariable String code, Authentication caller) {
        return fresh(districts.overview(districts.districtFor(code, caller)));
    }

    @GetMapping("/api/flows/districts/{code}/hourly-flow")
    ResponseEntity<List<VenueFlows.Hour>> hourly(
            @PathVariable String code, @RequestParam(required = false) String day, Authentication caller) {
        VenueFlowDistrict district = districts.districtFor(code, caller);
        return fresh(districts.hourly(district, flows.dayOrToday(day)));
    }

    private static <T> ResponseEntity<T> fresh(T body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }
}
