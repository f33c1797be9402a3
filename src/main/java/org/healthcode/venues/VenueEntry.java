package org.healthcode.venues;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.healthcode.common.RejectedException;
import org.healthcode.residents.ResidentView;
import org.healthcode.residents.Residents;
import org.healthcode.status.HealthStatus;
import org.healthcode.status.Statuses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Admits people at a venue, whoever scanned whom: each person's status now is put to the venue's entry policy, the
 * check-ins are recorded together (allowed or denied), and the answer is what the door needs to see.
 */
@Service
public class VenueEntry {

    private static final Logger log = LoggerFactory.getLogger(VenueEntry.class);
    /** The most people one scan may check in along with the scanned person. */
    static final int MAX_COMPANIONS = 10;

    private final EntryPolicies policies;
    private final Statuses statuses;
    private final Residents residents;
    private final CheckIns checkIns;

    VenueEntry(EntryPolicies policies, Statuses statuses, Residents residents, CheckIns checkIns) {
        this.policies = policies;
        this.statuses = statuses;
        this.residents = residents;
        this.checkIns = checkIns;
    }

    /** Who is being admitted, and how. */
    public record Arrival(
            Venue venue,
            UUID personId,
            List<UUID> companions,
            CheckInMethod method,
            Optional<UUID> entranceId,
            String recordedBy) {}

    /** Decides for the person and each companion and records every check-in together (see {@link CheckIns}). */
    public List<Admission> admit(Arrival arrival) {
        return admit(arrival, Optional.empty());
    }

    /**
     * As {@link #admit(Arrival)}, for a device's scan: the check-ins are recorded only if the device's nonce is new.
     *
     * @throws RejectedException {@code device-request-replayed} if it is not
     */
    List<Admission> admit(Arrival arrival, Optional<DeviceNonce> nonce) {
        EntryPolicy policy = policies.of(arrival.venue());
        List<UUID> people = new ArrayList<>();
        people.add(arrival.personId());
        people.addAll(arrival.companions());
        List<HealthStatus> statusList = people.stream().map(statuses::current).toList();
        List<NewCheckIn> toRecord = new ArrayList<>();
        for (int index = 0; index < people.size(); index++) {
            toRecord.add(newCheckIn(arrival, policy, people.get(index), statusList.get(index)));
        }

        List<CheckIn> recorded = checkIns.record(toRecord, nonce);
        log.atDebug()
                .setMessage("venue entry decided")
                .addKeyValue("venue", arrival.venue().id())
                .addKeyValue("method", arrival.method())
                .addKeyValue("decision", recorded.get(0).decision().verdict())
                .addKeyValue("people", recorded.size())
                .log();
        List<Admission> admissions = new ArrayList<>();
        for (int index = 0; index < recorded.size(); index++) {
            admissions.add(admission(recorded.get(index), statusList.get(index), index > 0));
        }
        return admissions;
    }

    /**
     * The people a guardian brings along, by the ids sent: each must be one of the guardian's dependants, listed once.
     *
     * @throws RejectedException {@code too-many-companions} or {@code companion-not-dependant}
     */
    public List<UUID> dependantsOf(UUID guardian, List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() > MAX_COMPANIONS) {
            throw new RejectedException(VenueErrorCode.TOO_MANY_COMPANIONS, "companions");
        }

        Set<UUID> dependants = new HashSet<>();
        residents.dependants(guardian).stream().map(ResidentView::id).forEach(dependants::add);
        List<UUID> companions = new ArrayList<>();
        for (String id : ids) {
            UUID companion = parse(id)
                    .filter(dependants::remove)
                    .orElseThrow(() -> new RejectedException(VenueErrorCode.COMPANION_NOT_DEPENDANT, "companions"));
            companions.add(companion);
        }
        return companions;
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id == null ? "" : id.strip()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static NewCheckIn newCheckIn(Arrival arrival, EntryPolicy policy, UUID person, HealthStatus status) {
        boolean companion = !person.equals(arrival.personId());
        return new NewCheckIn(
                arrival.venue(),
                person,
                arrival.entranceId(),
                arrival.method(),
                policy.decide(status),
                policy.estimatedStayMinutes(),
                arrival.recordedBy(),
                companion ? Optional.of(arrival.personId()) : Optional.empty());
    }

    private Admission admission(CheckIn checkIn, HealthStatus status, boolean companion) {
        return new Admission(
                checkIn.id(),
                residents.maskedName(checkIn.residentId()),
                status.colour().map(Enum::name).orElse("NONE"),
                status.recency(),
                checkIn.decision().verdict(),
                checkIn.decision().reason(),
                checkIn.method().name(),
                checkIn.confidence().name(),
                companion,
                checkIn.repeated());
    }
}
