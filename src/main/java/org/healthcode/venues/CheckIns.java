package org.healthcode.venues;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records check-ins and reads them back. A scan of the same person at the same venue with the same decision within
 * the repeat window counts once: the earlier check-in is returned and nothing new is written, even when two scans
 * arrive at once (they are serialised by an advisory lock on the venue and person).
 */
@Service
public class CheckIns {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final CheckInPartitions partitions;
    private final CheckInProperties settings;
    private final Clock clock;

    CheckIns(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            CheckInPartitions partitions,
            CheckInProperties settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.partitions = partitions;
        this.settings = settings;
        this.clock = clock;
    }

    /** Records these check-ins together (a person and those accompanying them): all of them or none. */
    public List<CheckIn> record(List<NewCheckIn> checkIns) {
        Instant now = clock.instant();
        LocalDate day = partitions.dayOf(now);
        partitions.ensure(day);
        return transactions.execute(status ->
                checkIns.stream().map(next -> recordOne(next, now, day)).toList());
    }

    /** Records one check-in; see {@link #record(List)}. */
    public CheckIn record(NewCheckIn checkIn) {
        return record(List.of(checkIn)).get(0);
    }

    private CheckIn recordOne(NewCheckIn checkIn, Instant now, LocalDate day) {
        UUID venue = checkIn.venue().id().value();
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(? || ?, 0))")
                .params(venue.toString(), checkIn.residentId().toString())
                .query()
                .singleRow();
        Optional<CheckIn> recent = recent(venue, checkIn.residentId(), checkIn.decision(), now);
        if (recent.isPresent()) {
            return recent.get().asRepeated();
        }

        UUID id = UUID.randomUUID();
        insert(id, day, checkIn, now);
        return find(day, id).orElseThrow();
    }

    private void insert(UUID id, LocalDate day, NewCheckIn checkIn, Instant now) {
        jdbc.sql("""
                        insert into check_in (id, day, venue_id, resident_id, entrance_id, checked_in_at,
                            estimated_stay_minutes, method, confidence, decision, reason, recorded_by, accompanied_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        day,
                        checkIn.venue().id().value(),
                        checkIn.residentId(),
                        checkIn.entranceId().orElse(null),
                        Timestamp.from(now),
                        checkIn.estimatedStayMinutes().orElse(null),
                        checkIn.method().name(),
                        checkIn.method().confidence().name(),
                        checkIn.decision().verdict().name(),
                        checkIn.decision().reason(),
                        checkIn.recordedBy(),
                        checkIn.accompaniedBy().orElse(null))
                .update();
    }

    private Optional<CheckIn> recent(UUID venue, UUID resident, EntryDecision decision, Instant now) {
        Instant since = now.minus(settings.repeatWindow());
        return jdbc.sql("""
                        select * from check_in
                        where venue_id = ? and resident_id = ? and decision = ?
                          and checked_in_at > ? and checked_in_at <= ? and day >= ?
                        order by checked_in_at desc limit 1""")
                .params(
                        venue,
                        resident,
                        decision.verdict().name(),
                        Timestamp.from(since),
                        Timestamp.from(now),
                        partitions.dayOf(since))
                .query(CheckIns::toCheckIn)
                .optional();
    }

    private Optional<CheckIn> find(LocalDate day, UUID id) {
        return jdbc.sql("select * from check_in where day = ? and id = ?")
                .params(day, id)
                .query(CheckIns::toCheckIn)
                .optional();
    }

    /** A person's check-ins still kept, with the venue's name, newest first, at most {@code limit}. */
    public List<Visit> visitsOf(UUID residentId, int limit) {
        return jdbc.sql("""
                        select c.*, v.name as venue_name, v.category as venue_category, e.name as entrance_name
                        from check_in c
                        join venue v on v.id = c.venue_id
                        left join venue_entrance e on e.id = c.entrance_id
                        where c.resident_id = ? order by c.checked_in_at desc limit ?""")
                .params(residentId, limit)
                .query((row, n) -> toVisit(row))
                .list();
    }

    private static Visit toVisit(ResultSet row) throws SQLException {
        CheckIn checkIn = toCheckIn(row, 0);
        return new Visit(
                checkIn.id(),
                checkIn.venueId(),
                row.getString("venue_name"),
                row.getString("venue_category"),
                row.getString("entrance_name"),
                checkIn.checkedInAt(),
                checkIn.checkedOutAt(),
                checkIn.estimatedStayMinutes(),
                checkIn.method().name(),
                checkIn.confidence().name(),
                checkIn.decision().verdict().name(),
                checkIn.decision().reason());
    }

    /** How many check-ins a venue has on record, for tests and figures. */
    public long countAt(VenueId venue) {
        return jdbc.sql("select count(*) from check_in where venue_id = ?")
                .param(venue.value())
                .query(Long.class)
                .single();
    }

    static CheckIn toCheckIn(ResultSet row, int rowNumber) throws SQLException {
        Timestamp checkedOut = row.getTimestamp("checked_out_at");
        int stay = row.getInt("estimated_stay_minutes");
        boolean stayKnown = !row.wasNull();
        CheckInMethod method = CheckInMethod.valueOf(row.getString("method"));
        return new CheckIn(
                row.getObject("id", UUID.class),
                row.getObject("day", LocalDate.class),
                row.getObject("venue_id", UUID.class),
                row.getObject("resident_id", UUID.class),
                row.getObject("entrance_id", UUID.class),
                row.getTimestamp("checked_in_at").toInstant(),
                checkedOut == null ? null : checkedOut.toInstant(),
                stayKnown ? stay : null,
                method,
                CheckInMethod.Confidence.valueOf(row.getString("confidence")),
                new EntryDecision(EntryDecision.Verdict.valueOf(row.getString("decision")), row.getString("reason")),
                row.getObject("accompanied_by", UUID.class),
                false);
    }
}
