package org.healthcode.venues;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.healthcode.common.RejectedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the check-ins of many scans with a fixed number of statements, whatever their number, in the caller's
 * transaction: the repeat locks in one statement, the scans' device nonces in one insert, the latest earlier check-in
 * of every person and venue in one query, the new rows in one batch. A scan whose nonce was used before writes
 * nothing. Within the repeat window, a scan of a person already checked in at the venue with the same decision, by
 * another transaction or earlier in the same list, returns that check-in and writes nothing.
 */
@Component
class CheckInWrites {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final DeviceScanNonces nonces;
    private final CheckInPartitions partitions;
    private final CheckInProperties settings;

    CheckInWrites(
            JdbcClient jdbc,
            JdbcTemplate batch,
            DeviceScanNonces nonces,
            CheckInPartitions partitions,
            CheckInProperties settings) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.nonces = nonces;
        this.partitions = partitions;
        this.settings = settings;
    }

    /**
     * The check-ins of one scan, recorded together or not at all, as of {@code at} (whole microseconds, the database's
     * precision), with the device nonce that must be new for them to count.
     */
    record Scan(List<NewCheckIn> checkIns, Optional<DeviceNonce> nonce, Instant at) {}

    /**
     * How a write takes the repeat lock of each venue and person: waiting for it ({@code WAIT}), or leaving out the
     * scans whose lock another transaction holds ({@code SKIP_BUSY}, so that one held lock cannot stall a group).
     */
    enum Locking {
        WAIT("pg_advisory_xact_lock(lock_key)::text = ''"),
        SKIP_BUSY("pg_try_advisory_xact_lock(lock_key)");

        private final String takes;

        Locking(String takes) {
            this.takes = takes;
        }
    }

    /** What became of one scan: written (its check-ins), refused as a replay, or left out because its lock was busy. */
    record Outcome(Kind kind, List<CheckIn> checkIns) {

        enum Kind {
            WRITTEN,
            REPLAYED,
            BUSY
        }

        /** The check-ins of a written scan; {@code device-request-replayed} for a replay. */
        List<CheckIn> checkInsOrThrow() {
            if (kind == Kind.REPLAYED) {
                throw new RejectedException(VenueDeviceErrorCode.REQUEST_REPLAYED);
            }
            if (kind == Kind.BUSY) {
                throw new IllegalStateException("A scan left out for its busy lock has no check-ins");
            }
            return checkIns;
        }
    }

    /** Writes these scans in the caller's transaction; the outcomes are in the scans' order. */
    List<Outcome> write(List<Scan> scans, Locking locking) {
        Set<VenuePerson> busy = lock(scans, locking);
        List<Scan> unlocked =
                scans.stream().filter(scan -> holdsLocks(scan, busy)).toList();
        Set<Scan> replayed = spendNonces(unlocked);
        List<Scan> accepted =
                unlocked.stream().filter(scan -> !replayed.contains(scan)).toList();

        Map<RepeatKey, CheckIn> earlier = findEarlier(accepted);
        List<Row> rows = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (Scan scan : scans) {
            if (!holdsLocks(scan, busy)) {
                outcomes.add(new Outcome(Outcome.Kind.BUSY, List.of()));
            } else if (replayed.contains(scan)) {
                outcomes.add(new Outcome(Outcome.Kind.REPLAYED, List.of()));
            } else {
                outcomes.add(new Outcome(Outcome.Kind.WRITTEN, checkIns(scan, earlier, rows)));
            }
        }
        insert(rows);
        return outcomes;
    }

    private static boolean holdsLocks(Scan scan, Set<VenuePerson> busy) {
        return scan.checkIns().stream().map(VenuePerson::of).noneMatch(busy::contains);
    }

    /**
     * Takes the repeat lock of every venue and person in these scans, in ascending order of the lock key so that
     * concurrent writers cannot deadlock, and returns those whose lock was busy (never any when waiting). No locks
     * are needed without a repeat window.
     */
    private Set<VenuePerson> lock(List<Scan> scans, Locking locking) {
        if (scans.isEmpty() || settings.repeatWindow().isZero()) {
            return Set.of();
        }
        List<NewCheckIn> checkIns =
                scans.stream().flatMap(scan -> scan.checkIns().stream()).toList();
        Set<VenuePerson> busy = new HashSet<>();
        jdbc.sql("""
                        select venue, person, %s as locked from (
                            select distinct venue, person, hashtextextended(venue || person, 0) as lock_key
                            from unnest(?::text[], ?::text[]) as scanned (venue, person)
                            order by lock_key) as ordered""".formatted(locking.takes))
                .params(venuesOf(checkIns), peopleOf(checkIns))
                .query(row -> {
                    if (!row.getBoolean("locked")) {
                        busy.add(new VenuePerson(
                                UUID.fromString(row.getString("venue")), UUID.fromString(row.getString("person"))));
                    }
                });
        return busy;
    }

    /** Spends the scans' nonces; returns the scans whose nonce was used before (or earlier in this list). */
    private Set<Scan> spendNonces(List<Scan> scans) {
        if (scans.isEmpty()) {
            return Set.of();
        }
        Instant latest =
                scans.stream().map(Scan::at).max(Comparator.naturalOrder()).orElseThrow();
        Set<DeviceNonce> fresh =
                nonces.use(scans.stream().flatMap(scan -> scan.nonce().stream()).toList(), latest);
        Set<Scan> replayed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Scan scan : scans) {
            if (!scan.nonce().map(fresh::remove).orElse(true)) {
                replayed.add(scan);
            }
        }
        return replayed;
    }

    /**
     * The scan's check-ins: for each person, the earlier check-in it repeats, or a new row added to {@code rows} and
     * remembered in {@code earlier} for the scans after it.
     */
    private List<CheckIn> checkIns(Scan scan, Map<RepeatKey, CheckIn> earlier, List<Row> rows) {
        List<CheckIn> checkIns = new ArrayList<>();
        for (NewCheckIn next : scan.checkIns()) {
            RepeatKey key = RepeatKey.of(next);
            CheckIn before = earlier.get(key);
            if (before != null && repeats(before, scan.at())) {
                checkIns.add(before.asRepeated());
                continue;
            }
            Row row = Row.of(next, scan.at(), partitions.dayOf(scan.at()));
            rows.add(row);
            earlier.put(key, row.checkIn());
            checkIns.add(row.checkIn());
        }
        return checkIns;
    }

    /** Whether a scan at {@code at} repeats this earlier check-in: within the repeat window either side of it. */
    private boolean repeats(CheckIn before, Instant at) {
        return Duration.between(before.checkedInAt(), at).abs().compareTo(settings.repeatWindow()) < 0;
    }

    /**
     * The latest check-in of each venue, person and decision of these scans within the repeat window of any of them,
     * on either side: another transaction may have committed a later scan of the same person first.
     */
    private Map<RepeatKey, CheckIn> findEarlier(List<Scan> scans) {
        Map<RepeatKey, CheckIn> earlier = new HashMap<>();
        if (scans.isEmpty() || settings.repeatWindow().isZero()) {
            return earlier;
        }
        List<NewCheckIn> checkIns =
                scans.stream().flatMap(scan -> scan.checkIns().stream()).toList();
        Instant since = scans.stream()
                .map(Scan::at)
                .min(Comparator.naturalOrder())
                .orElseThrow()
                .minus(settings.repeatWindow());
        Instant until = scans.stream()
                .map(Scan::at)
                .max(Comparator.naturalOrder())
                .orElseThrow()
                .plus(settings.repeatWindow());
        jdbc.sql("""
                        select distinct on (venue_id, resident_id, decision) * from check_in
                        where (venue_id, resident_id) in (
                                select venue::uuid, person::uuid
                                from unnest(?::text[], ?::text[]) as scanned (venue, person))
                          and checked_in_at > ? and checked_in_at < ? and day >= ?
                        order by venue_id, resident_id, decision, checked_in_at desc""")
                .params(venuesOf(checkIns), peopleOf(checkIns), Timestamp.from(since), Timestamp.from(until))
                .param(partitions.dayOf(since))
                .query(CheckIns::toCheckIn)
                .list()
                .forEach(checkIn -> earlier.put(RepeatKey.of(checkIn), checkIn));
        return earlier;
    }

    private static String[] venuesOf(List<NewCheckIn> checkIns) {
        return checkIns.stream()
                .map(checkIn -> checkIn.venue().id().value().toString())
                .toArray(String[]::new);
    }

    private static String[] peopleOf(List<NewCheckIn> checkIns) {
        return checkIns.stream().map(checkIn -> checkIn.residentId().toString()).toArray(String[]::new);
    }

    private void insert(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                insert into check_in (id, day, venue_id, resident_id, entrance_id, checked_in_at,
                    estimated_stay_minutes, method, confidence, decision, reason, recorded_by, accompanied_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.stream().map(Row::columns).toList());
    }

    /** A check-in to insert, with who recorded it. */
    private record Row(CheckIn checkIn, String recordedBy) {

        static Row of(NewCheckIn next, Instant at, LocalDate day) {
            CheckIn checkIn = new CheckIn(
                    UUID.randomUUID(),
                    day,
                    next.venue().id().value(),
                    next.residentId(),
                    next.entranceId().orElse(null),
                    at,
                    null,
                    next.estimatedStayMinutes().orElse(null),
                    next.method(),
                    next.method().confidence(),
                    next.decision(),
                    next.accompaniedBy().orElse(null),
                    false);
            return new Row(checkIn, next.recordedBy());
        }

        Object[] columns() {
            return new Object[] {
                checkIn.id(),
                checkIn.day(),
                checkIn.venueId(),
                checkIn.residentId(),
                checkIn.entranceId(),
                Timestamp.from(checkIn.checkedInAt()),
                checkIn.estimatedStayMinutes(),
                checkIn.method().name(),
                checkIn.confidence().name(),
                checkIn.decision().verdict().name(),
                checkIn.decision().reason(),
                recordedBy,
                checkIn.accompaniedBy()
            };
        }
    }

    /** The venue and person a repeat lock is taken for. */
    private record VenuePerson(UUID venue, UUID person) {

        static VenuePerson of(NewCheckIn checkIn) {
            return new VenuePerson(checkIn.venue().id().value(), checkIn.residentId());
        }
    }

    /** What makes two check-ins the same for the repeat window: venue, person and decision. */
    private record RepeatKey(UUID venue, UUID person, EntryDecision.Verdict verdict) {

        static RepeatKey of(NewCheckIn checkIn) {
            return new RepeatKey(
                    checkIn.venue().id().value(),
                    checkIn.residentId(),
                    checkIn.decision().verdict());
        }

        static RepeatKey of(CheckIn checkIn) {
            return new RepeatKey(
                    checkIn.venueId(), checkIn.residentId(), checkIn.decision().verdict());
        }
    }
}
