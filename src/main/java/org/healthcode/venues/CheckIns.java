package org.healthcode.venues;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.healthcode.common.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records check-ins and reads them back. A scan of the same person at the same venue with the same decision within
 * the repeat window counts once: the earlier check-in is returned and nothing new is written, even when two scans
 * arrive at once (they are serialised by an advisory lock on the venue and person). Check-ins recorded inside the
 * caller's transaction commit with it; all others are committed in groups with those of concurrent scans (see {@link
 * CheckInGroupCommit}), and are stored durably when this returns.
 */
@Service
public class CheckIns {

    private final JdbcClient jdbc;
    private final CheckInWrites writes;
    private final CheckInGroupCommit groupCommit;
    private final CheckInPartitions partitions;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CheckIns(
            JdbcClient jdbc,
            CheckInWrites writes,
            CheckInGroupCommit groupCommit,
            CheckInPartitions partitions,
            TransactionTemplate transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.groupCommit = groupCommit;
        this.partitions = partitions;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Records these check-ins together (a person and those accompanying them): all of them or none. */
    public List<CheckIn> record(List<NewCheckIn> checkIns) {
        return record(checkIns, Optional.empty());
    }

    /** Records one check-in; see {@link #record(List)}. */
    public CheckIn record(NewCheckIn checkIn) {
        return record(List.of(checkIn)).get(0);
    }

    /**
     * Records these check-ins together if the device's nonce is new, and spends the nonce with them.
     *
     * @throws RejectedException {@code device-request-replayed} if the nonce was used before, or {@code
     *     check-in-not-confirmed} if the group commit did not confirm them in time
     */
    List<CheckIn> record(List<NewCheckIn> checkIns, Optional<DeviceNonce> nonce) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        partitions.ensure(partitions.dayOf(now));
        CheckInWrites.Scan scan = new CheckInWrites.Scan(List.copyOf(checkIns), nonce, now);
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return writeAlone(scan);
        }
        CheckInWrites.Outcome grouped = groupCommit.write(scan);
        if (grouped.kind() == CheckInWrites.Outcome.Kind.BUSY) {
            // Another transaction holds this person's repeat lock: wait for it here, not in the writer all scans share.
            return transactions.execute(status -> writeAlone(scan));
        }
        return grouped.checkInsOrThrow();
    }

    private List<CheckIn> writeAlone(CheckInWrites.Scan scan) {
        return writes.write(List.of(scan), CheckInWrites.Locking.WAIT).get(0).checkInsOrThrow();
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
