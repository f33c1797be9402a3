package org.healthcode.venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aPerson;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Check-ins are stored per day, repeated scans count once, residents see theirs, and old days are dropped. */
class CheckInRecordsTest extends IntegrationTest {

    @Autowired
    Journeys journeys;

    @Autowired
    CheckIns checkIns;

    @Autowired
    CheckInPartitions partitions;

    @Autowired
    Venues venues;

    @Autowired
    MutableClock clock;

    @Test
    void a_resident_sees_their_check_in_with_the_venue_method_and_confidence() {
        ApiClient resident = client();
        UUID residentId = journeys.register(resident, aPerson());
        Venue venue = aVenue("SUPERMARKET_OR_MALL");

        checkIns.record(checkIn(venue, residentId, CheckInMethod.POSTER));
        JsonNode visits = resident.get("/api/me/check-ins").json();

        assertThat(visits).hasSize(1);
        assertThat(visits.get(0).get("venueName").asString()).isEqualTo(venue.name());
        assertThat(visits.get(0).get("method").asString()).isEqualTo("POSTER");
        assertThat(visits.get(0).get("confidence").asString()).isEqualTo("LOW");
        assertThat(visits.get(0).get("decision").asString()).isEqualTo("ALLOW");
        assertThat(resident.get("/me/check-ins", "text/html").body()).contains(venue.name());
    }

    @Test
    void a_repeated_scan_within_the_window_counts_once_and_one_after_it_counts_again() {
        UUID residentId = journeys.register(client(), aPerson());
        Venue venue = aVenue("OFFICE_OR_BUSINESS");

        CheckIn first = checkIns.record(checkIn(venue, residentId, CheckInMethod.STAFF_SCAN));
        CheckIn again = checkIns.record(checkIn(venue, residentId, CheckInMethod.STAFF_SCAN));
        clock.advance(Duration.ofMinutes(11));
        CheckIn later = checkIns.record(checkIn(venue, residentId, CheckInMethod.STAFF_SCAN));

        assertThat(first.repeated()).isFalse();
        assertThat(again.repeated()).isTrue();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(later.id()).isNotEqualTo(first.id());
        assertThat(checkIns.countAt(venue.id())).isEqualTo(2);
    }

    @Test
    void days_older_than_the_retention_period_are_dropped_whole_and_newer_days_are_kept() {
        // given a check-in today and another 27 days later
        ApiClient resident = client();
        UUID residentId = journeys.register(resident, aPerson());
        Venue venue = aVenue("HOSPITAL");
        CheckIn old = checkIns.record(checkIn(venue, residentId, CheckInMethod.CARD));
        clock.advance(Duration.ofDays(27));
        CheckIn recent = checkIns.record(checkIn(venue, residentId, CheckInMethod.CARD));

        // when a 28th day passes and retention runs
        clock.advance(Duration.ofDays(1));
        partitions.createAhead();
        partitions.dropExpired();

        // then the old day's partition is gone with its check-in, and the recent one remains
        LocalDate today = partitions.today();
        assertThat(partitions.days()).doesNotContain(old.day()).contains(recent.day(), today, today.plusDays(3));
        assertThat(resident.get("/api/me/check-ins").json())
                .extracting(visit -> visit.get("id").asString())
                .containsExactly(recent.id().toString());
    }

    private Venue aVenue(String category) {
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        return venues.require(VenueId.of(VenueFixtures.venue(operator, category)));
    }

    private static NewCheckIn checkIn(Venue venue, UUID residentId, CheckInMethod method) {
        return new NewCheckIn(
                venue,
                residentId,
                Optional.empty(),
                method,
                EntryDecision.allow("green"),
                Optional.empty(),
                "test",
                Optional.empty());
    }
}
