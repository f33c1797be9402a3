package org.healthcode.venues;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.healthcode.codes.CodesProperties;
import org.healthcode.codes.PlaceCode;
import org.healthcode.codes.PlaceCodeVariant;
import org.healthcode.codes.PlaceCodes;
import org.healthcode.codes.qr.QrRenderer;
import org.healthcode.common.RejectedException;
import org.springframework.stereotype.Service;

/**
 * Venues' place codes: the long-lived poster code and the rotating display code, both signed like health codes; and
 * residents checking in by scanning one. A forged, expired or unreadable place code, or one of an unknown or retired
 * venue, is refused with its code and records nothing.
 */
@Service
public class VenuePlaceCodes {

    /** Who a resident's own check-in is recorded by. */
    static final String RESIDENT = "resident";

    private final PlaceCodes placeCodes;
    private final Venues venues;
    private final VenueEntry entry;
    private final QrRenderer qr;
    private final Duration posterValidity;
    private final Duration rotatingValidity;
    private final Clock clock;

    VenuePlaceCodes(
            PlaceCodes placeCodes,
            Venues venues,
            VenueEntry entry,
            QrRenderer qr,
            CodesProperties codes,
            PlaceCodeProperties settings,
            Clock clock) {
        this.placeCodes = placeCodes;
        this.venues = venues;
        this.entry = entry;
        this.qr = qr;
        this.posterValidity = codes.cardValidity();
        this.rotatingValidity = settings.rotatingValidity();
        this.clock = clock;
    }

    /** The poster code of an open venue this account acts for, signed now. */
    public String poster(VenueId id, UUID accountId) {
        Venue venue = openVenueActedFor(id, accountId);
        return placeCodes.issue(venue.id().value(), PlaceCodeVariant.POSTER, posterValidity);
    }

    /** The rotating code of an open venue this account acts for, valid from now. */
    public RotatingPlaceCode rotating(VenueId id, UUID accountId) {
        Venue venue = openVenueActedFor(id, accountId);
        Instant now = clock.instant();
        String text = placeCodes.issue(venue.id().value(), PlaceCodeVariant.ROTATING, now, rotatingValidity);
        Instant expiresAt = placeCodes.check(text).code().orElseThrow().expiresAt();
        return new RotatingPlaceCode(text, qr.svg(text), expiresAt, now.plus(rotatingValidity.dividedBy(2)));
    }

    /**
     * A resident (and the dependants they bring) checks in by a scanned place code: {@code POSTER} (low confidence)
     * or {@code ROTATING_CODE} (high).
     */
    public AdmissionResult checkIn(UUID residentId, String placeCodeText, List<String> companions) {
        PlaceCode code = verified(placeCodeText);
        Venue venue = venues.requireOpen(new VenueId(code.venue()));
        List<UUID> dependants = entry.dependantsOf(residentId, companions);
        CheckInMethod method =
                code.variant() == PlaceCodeVariant.ROTATING ? CheckInMethod.ROTATING_CODE : CheckInMethod.POSTER;

        List<Admission> people =
                entry.admit(new VenueEntry.Arrival(venue, residentId, dependants, method, Optional.empty(), RESIDENT));
        return new AdmissionResult(
                venue.id().value(), venue.name(), venue.category().name(), clock.instant(), people, false);
    }

    private PlaceCode verified(String text) {
        PlaceCodes.Check check = placeCodes.check(text == null ? null : text.strip());
        if (check.problem().isPresent()) {
            throw new RejectedException(
                    switch (check.problem().get()) {
                        case UNREADABLE -> VenueErrorCode.PLACE_CODE_UNREADABLE;
                        case FORGED -> VenueErrorCode.PLACE_CODE_FORGED;
                        case EXPIRED -> VenueErrorCode.PLACE_CODE_EXPIRED;
                    },
                    "placeCode");
        }
        return check.code().orElseThrow();
    }

    private Venue openVenueActedFor(VenueId id, UUID accountId) {
        Venue venue = venues.requireActingFor(id, accountId);
        if (venue.retired()) {
            throw new RejectedException(VenueErrorCode.VENUE_RETIRED, VenueId.FIELD);
        }
        return venue;
    }
}
