package org.healthcode.venues;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * transaction: the scans' device nonces in one insert, the repeat locks in one statement, the latest earlier check-in
 * of every person and venue in one query, the new rows in one batch. A scan whose nonce was used before writes
 * nothing. Within the repeat window, a scan of a person already checked in at the venue with the same decision, by
 * an earlier transaction or earlier in the same list, returns that check-in and writes nothing.
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

    /** What became of one scan: its check-ins, or the error that refused it. */
    record Outcome(List<CheckIn> checkIns, Optional<RejectedException> refusal) {

        /** A scan whose device nonce was used before: nothing written. */
        static Outcome replayed() {
            return new Outcome(List.of(), Optional.of(new RejectedException(VenueDeviceErrorCode.REQUEST_REPLAYED)));
        }

        /** The check-ins, or the refusal thrown. */
        List<CheckIn> checkInsOrThrow() {
            if (refusal.isPresent()) {
                throw refusal.get();
            }
            return checkIns;
        }
    }

    /** Writes these scans in the caller's transaction; the outcomes are in the scans' order. */
    List<Outcome> write(List<Scan> scans) {
        List<Boolean> replayed = spendNonces(scans);
        List<Scan> accepted = new ArrayList<>();
        for (int index = 0; index < scans.size(); index++) {
            if (!replayed.get(index)) {
                accepted.add(scans.get(index));
            }
        }

        Map<RepeatKey, CheckIn> earlier = lockAndFindEarlier(accepted);
        List<Row> rows = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (int index = 0; index < scans.size(); index++) {
            outcomes.add(
                    replayed.get(index)
                            ? Outcome.replayed()
                            : new Outcome(checkIns(scans.get(index), earlier, rows), Optional.empty()));
        }
        insert(rows);
        return outcomes;
    }

    /** Spends the scans' nonces; for each scan, whether its nonce was used before (or earlier in this list). */
    private List<Boolean> spendNonces(List<Scan> scans) {
        Instant latest =
                scans.stream().map(Scan::at).max(Comparator.naturalOrder()).orElseThrow();
        Set<DeviceNonce> fresh =
                nonces.use(scans.stream().flatMap(scan -> scan.nonce().stream()).toList(), latest);
        return scans.stream()
                .map(scan -> !scan.nonce().map(fresh::remove).orElse(true))
                .toList();
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
     * Takes the repeat lock of every venue and person in these scans, in ascending order so that concurrent writers
     * cannot deadlock, then finds the latest check-in within the window of each venue, person and decision.
     */
    private Map<RepeatKey, CheckIn> lockAndFindEarlier(List<Scan> scans) {
        Map<RepeatKey, CheckIn> earlier = new HashMap<>();
        if (scans.isEmpty() || settings.repeatWindow().isZero()) {
            return earlier;
        }
        List<NewCheckIn> checkIns =
                scans.stream().flatMap(scan -> scan.checkIns().stream()).toList();
        String[] venues = checkIns.stream()
                .map(checkIn -> checkIn.venue().id().value().toString())
                .toArray(String[]::new);
        String[] people = checkIns.stream()
                .map(checkIn -> checkIn.residentId().toString())
                .toArray(String[]::new);
        jdbc.sql("""
                        select pg_advisory_xact_lock(lock_key) from (
                            select distinct hashtextextended(venue || person, 0) as lock_key
                            from unnest(?::text[], ?::text[]) as scanned (venue, person)
                            order by lock_key) as ordered""").params(venues, people).query().listOfRows();

        Instant first =
                scans.stream().map(Scan::at).min(Comparator.naturalOrder()).orElseThrow();
        Instant last =
                scans.stream().map(Scan::at).max(Comparator.naturalOrder()).orElseThrow();
        Instant since = first.minus(settings.repeatWindow());
        jdbc.sql("""
                        select distinct on (venue_id, resident_id, decision) * from check_in
                        where (venue_id, resident_id) in (
                                select venue::uuid, person::uuid
                                from unnest(?::text[], ?::text[]) as scanned (venue, person))
                          and checked_in_at > ? and checked_in_at <= ? and day >= ?
                        order by venue_id, resident_id, decision, checked_in_at desc""")
                .params(venues, people, Timestamp.from(since), Timestamp.from(last), partitions.dayOf(since))
                .query(CheckIns::toCheckIn)
                .list()
                .forEach(checkIn -> earlier.put(RepeatKey.of(checkIn), checkIn));
        return earlier;
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
