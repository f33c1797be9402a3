package org.healthcode.venues;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.healthcode.common.RejectedException;
import org.healthcode.divisions.DivisionCode;
import org.healthcode.divisions.Divisions;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * The district overview for health staff: the open venues of a division (and the divisions below it) with their
 * occupancy, the most crowded of them, and arrivals per hour over the whole district.
 */
@Service
public class VenueFlowDistricts {

    /** How many venues the overview names as most crowded. */
    static final int TOP_CROWDED = 5;

    private final Divisions divisions;
    private final VenueFlows flows;
    private final VenueImportOffices offices;

    VenueFlowDistricts(Divisions divisions, VenueFlows flows, VenueImportOffices offices) {
        this.divisions = divisions;
        this.flows = flows;
        this.offices = offices;
    }

    /**
     * The district a division code names.
     *
     * @throws RejectedException {@code division-code-malformed} or {@code division-unknown}
     */
    public VenueFlowDistrict district(String code) {
        return VenueFlowDistrict.of(divisions.require(DivisionCode.of(code)));
    }

    /**
     * The district a division code names, if this caller may oversee it.
     *
     * @throws RejectedException {@code division-code-malformed}, {@code division-unknown}, or {@code
     *     flow-district-not-yours} for a district office asking outside its assigned divisions
     */
    public VenueFlowDistrict districtFor(String code, Authentication caller) {
        VenueFlowDistrict district = district(code);
        if (!offices.mayOversee(caller, district.code())) {
            throw new RejectedException(VenueFlowErrorCode.FLOW_DISTRICT_NOT_YOURS, "code");
        }
        return district;
    }

    /** The district's open venues with their occupancy now, and the most crowded of those with a capacity. */
    public Overview overview(VenueFlowDistrict district) {
        List<VenueFlows.VenueOccupancy> venues = flows.occupancies(district);
        List<VenueFlows.VenueOccupancy> crowded = venues.stream()
                .filter(venue -> venue.occupancy().share() != null)
                .sorted(Comparator.comparing((VenueFlows.VenueOccupancy venue) ->
                                venue.occupancy().share())
                        .reversed())
                .limit(TOP_CROWDED)
                .toList();
        long present = venues.stream()
                .mapToLong(venue -> venue.occupancy().occupancy())
                .sum();
        Instant asOf = venues.isEmpty() ? null : venues.get(0).occupancy().asOf();
        return new Overview(district, present, asOf, venues, crowded);
    }

    /** Arrivals per local hour of the day over the district's venues. */
    public List<VenueFlows.Hour> hourly(VenueFlowDistrict district, LocalDate day) {
        return flows.hourly(district, day);
    }

    /**
     * A district's venues now.
     *
     * @param occupancy visitors present over all listed venues
     * @param asOf when the figures were taken; null if the district has no open venue
     * @param venues the open venues, by division and name, at most {@link VenueFlows#DISTRICT_VENUES}
     * @param topCrowded the venues with the highest share of their capacity, most crowded first
     */
    public record Overview(
            VenueFlowDistrict district,
            long occupancy,
            Instant asOf,
            List<VenueFlows.VenueOccupancy> venues,
            List<VenueFlows.VenueOccupancy> topCrowded) {}
}
