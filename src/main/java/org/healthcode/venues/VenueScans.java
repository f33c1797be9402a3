package org.healthcode.venues;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.healthcode.cards.Cards;
import org.healthcode.codes.CodeRejection;
import org.healthcode.codes.CodeSubjects;
import org.healthcode.codes.CodeVerifier;
import org.healthcode.codes.HealthCode;
import org.healthcode.common.RejectedException;
import org.healthcode.facts.FactAnnouncer;
import org.healthcode.facts.FactKind;
import org.healthcode.facts.FactStore;
import org.healthcode.facts.NewFact;
import org.healthcode.identity.IdentityDocument;
import org.healthcode.identity.IdentityDocuments;
import org.healthcode.residents.Residents;
import org.healthcode.rules.DrugClass;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Venue staff scan a person: their screen or card code (verified as a checkpoint does), or their identity document
 * when they have no phone. Everything in the request is checked before anything is written, so a refused scan records
 * nothing; an accepted one records a check-in (allowed or denied) for the person and each accompanying dependant
 * together, committed with the group of concurrent scans; at a pharmacy the drug purchase of a person allowed in is
 * recorded in one transaction with their check-ins.
 */
@Service
public class VenueScans {

    private final Venues venues;
    private final VenueRegistrations registrations;
    private final VenueEntry entry;
    private final CodeVerifier verifier;
    private final CodeSubjects subjects;
    private final Cards cards;
    private final IdentityDocuments documents;
    private final Residents residents;
    private final FactStore facts;
    private final FactAnnouncer announcer;
    private final TransactionTemplate transactions;
    private final Clock clock;

    VenueScans(
            Venues venues,
            VenueRegistrations registrations,
            VenueEntry entry,
            CodeVerifier verifier,
            CodeSubjects subjects,
            Cards cards,
            IdentityDocuments documents,
            Residents residents,
            FactStore facts,
            FactAnnouncer announcer,
            TransactionTemplate transactions,
            Clock clock) {
        this.venues = venues;
        this.registrations = registrations;
        this.entry = entry;
        this.verifier = verifier;
        this.subjects = subjects;
        this.cards = cards;
        this.documents = documents;
        this.residents = residents;
        this.facts = facts;
        this.announcer = announcer;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A scanned person: who, and how they were identified. */
    private record Scanned(UUID personId, CheckInMethod method) {}

    /** Checks the scan, decides for everyone in it and records their check-ins; see the class comment. */
    public AdmissionResult scan(VenueId venueId, UUID accountId, String staffUsername, ScanRequest request) {
        Venue venue = venues.requireActingFor(venueId, accountId);
        return admitAt(venue, staffUsername, request, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * A venue's own scanning device scanned a person: as {@link #scan}, but every check-in is recorded with the method
     * {@code DEVICE}, at the device's entrance when it stands at one, and only if the device's nonce is new.
     *
     * @throws RejectedException {@code device-request-replayed} if it is not, or any refusal of {@link #scan}
     */
    AdmissionResult scanByDevice(
            Venue venue, Optional<UUID> deviceEntrance, String recordedBy, DeviceNonce nonce, ScanRequest request) {
        return admitAt(
                venue, recordedBy, request, deviceEntrance, Optional.of(CheckInMethod.DEVICE), Optional.of(nonce));
    }

    private AdmissionResult admitAt(
            Venue venue,
            String recordedBy,
            ScanRequest request,
            Optional<UUID> fixedEntrance,
            Optional<CheckInMethod> fixedMethod,
            Optional<DeviceNonce> nonce) {
        if (venue.retired()) {
            throw new RejectedException(VenueErrorCode.VENUE_RETIRED, VenueId.FIELD);
        }
        Optional<DrugClass> drugClass = drugClass(venue, request.drugClass());
        Optional<UUID> entrance = fixedEntrance.or(() -> entrance(venue, request.entranceId()));
        Scanned scanned = identify(request);
        List<UUID> companions = entry.dependantsOf(scanned.personId(), request.companions());

        Instant now = clock.instant();
        CheckInMethod method = fixedMethod.orElse(scanned.method());
        VenueEntry.Arrival arrival =
                new VenueEntry.Arrival(venue, scanned.personId(), companions, method, entrance, recordedBy);
        if (drugClass.isEmpty()) {
            return result(venue, now, entry.admit(arrival, nonce), false);
        }
        return transactions.execute(status -> admitBuying(arrival, nonce, drugClass.get(), now));
    }

    /**
     * At a pharmacy: the check-ins and, for a buyer let in, the drug purchase, in the caller's transaction. A scan that
     * repeats the buyer's check-in within the repeat window records no second purchase.
     */
    private AdmissionResult admitBuying(
            VenueEntry.Arrival arrival, Optional<DeviceNonce> nonce, DrugClass drugClass, Instant now) {
        List<Admission> people = entry.admit(arrival, nonce);
        Admission buyer = people.get(0);
        boolean purchased = buyer.decision() == EntryDecision.Verdict.ALLOW && !buyer.repeated();
        if (purchased) {
            recordPurchase(arrival.venue(), arrival.personId(), drugClass, now);
        }
        return result(arrival.venue(), now, people, purchased);
    }

    private static AdmissionResult result(Venue venue, Instant now, List<Admission> people, boolean purchased) {
        return new AdmissionResult(
                venue.id().value(), venue.name(), venue.category().name(), now, people, purchased);
    }

    private Scanned identify(ScanRequest request) {
        if (request.hasCode() == request.hasDocument()) {
            throw new RejectedException(VenueErrorCode.SCAN_MALFORMED, "code");
        }
        if (request.hasCode()) {
            return holderOfCode(request.code().strip());
        }

        IdentityDocument document =
                documents.parse(request.documentType(), request.documentNumber(), request.issuingCountry(), clock);
        UUID person = residents
                .residentWithDocument(document)
                .orElseThrow(() -> new RejectedException(VenueErrorCode.PERSON_UNKNOWN, IdentityDocument.FIELD));
        return new Scanned(person, CheckInMethod.ID_DOCUMENT);
    }

    private Scanned holderOfCode(String text) {
        HealthCode claims = verifier.verify(text).claimsOrThrow();
        UUID holder = subjects.holderOf(claims.subject())
                .orElseThrow(() -> new RejectedException(CodeRejection.UNKNOWN_PERSON));
        claims.cardSerial().ifPresent(serial -> cards.requireInUse(serial, holder));
        return new Scanned(holder, claims.cardSerial().isPresent() ? CheckInMethod.CARD : CheckInMethod.STAFF_SCAN);
    }

    private Optional<UUID> entrance(Venue venue, String entranceId) {
        if (entranceId == null || entranceId.isBlank()) {
            return Optional.empty();
        }
        Optional<UUID> entrance = parse(entranceId);
        boolean ofVenue = entrance.isPresent()
                && registrations.entrances(venue.id()).stream()
                        .anyMatch(known -> known.id().equals(entrance.get()));
        if (!ofVenue) {
            throw new RejectedException(VenueErrorCode.ENTRANCE_UNKNOWN, "entranceId");
        }
        return entrance;
    }

    private static Optional<DrugClass> drugClass(Venue venue, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (venue.category() != VenueCategory.PHARMACY) {
            throw new RejectedException(VenueErrorCode.NOT_A_PHARMACY, "drugClass");
        }
        try {
            return Optional.of(DrugClass.valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            throw new RejectedException(VenueErrorCode.DRUG_CLASS_UNKNOWN, "drugClass");
        }
    }

    private void recordPurchase(Venue venue, UUID buyer, DrugClass drugClass, Instant at) {
        facts.record(NewFact.of(
                buyer,
                FactKind.DRUG_PURCHASED,
                Map.of(
                        "drugClass",
                        drugClass.name(),
                        "purchasedAt",
                        at.toString(),
                        "venue",
                        venue.id().toString()),
                "venue:" + venue.id()));
        announcer.announce(List.of(buyer));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id == null ? "" : id.strip()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
