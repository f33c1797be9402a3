package org.healthcode.venues;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.healthcode.common.RejectedException;
import org.healthcode.common.TimeProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A resident leaves a venue: their admitted check-in of the last 24 hours gets a check-out time, and so do the
 * check-ins of the dependants scanned together with them. A visitor who checked out no longer counts towards the
 * venue's occupancy. Checking out twice changes nothing.
 */
@Service
public class OccupancyCheckOuts {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ZoneId zone;
    private final Clock clock;

    OccupancyCheckOuts(JdbcClient jdbc, TransactionTemplate transactions, TimeProperties time, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.zone = time.zone();
        this.clock = clock;
    }

    /**
     * Checks this resident (and the dependants scanned with them) out of this check-in.
     *
     * @throws RejectedException {@code check-in-unknown} if the resident has no admitted check-in with this id
     *     within the last 24 hours
     */
    public CheckOut checkOut(UUID residentId, UUID checkInId) {
        Instant now = clock.instant();
        return transactions.execute(status -> {
            CheckIn checkIn = find(residentId, checkInId, now)
                    .orElseThrow(() -> new RejectedException(VenueFlowErrorCode.CHECK_IN_UNKNOWN));
            if (checkIn.checkedOutAt() != null) {
                return new CheckOut(checkIn.id(), checkIn.venueId(), checkIn.checkedOutAt(), 0);
            }

            int people = close(checkIn, residentId, now);
            return new CheckOut(checkIn.id(), checkIn.venueId(), now, people);
        });
    }

    /** Whether the resident's page offers to check out of this visit: let in, not checked out, of the last 24 hours. */
    public boolean mayCheckOut(Visit visit) {
        Instant since = clock.instant().minus(OccupancyProperties.LOOKBACK);
        return "ALLOW".equals(visit.decision())
                && visit.checkedOutAt() == null
                && visit.checkedInAt().isAfter(since);
    }

    private Optional<CheckIn> find(UUID residentId, UUID checkInId, Instant now) {
        return jdbc.sql("""
                        select * from check_in
                        where id = ? and resident_id = ? and decision = 'ALLOW' and day between ? and ?
                        for update""")
                .params(checkInId, residentId, dayOf(now.minus(OccupancyProperties.LOOKBACK)), dayOf(now))
                .query(CheckIns::toCheckIn)
                .optional();
    }

    private int close(CheckIn checkIn, UUID residentId, Instant now) {
        return jdbc.sql("""
                        update check_in set checked_out_at = :now
                        where day = :day and checked_out_at is null and decision = 'ALLOW'
                          and (id = :id or (accompanied_by = :resident and venue_id = :venue
                                            and checked_in_at = :checkedInAt))""")
                .param("now", Timestamp.from(now))
                .param("day", checkIn.day())
                .param("id", checkIn.id())
                .param("resident", residentId)
                .param("venue", checkIn.venueId())
                .param("checkedInAt", Timestamp.from(checkIn.checkedInAt()))
                .update();
    }

    private LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /**
     * A check-out done.
     *
     * @param checkedOutAt when the visit ended (the earlier time, if it had already been checked out)
     * @param people how many check-ins this request closed: the resident's and their dependants'; 0 if already closed
     */
    public record CheckOut(UUID checkInId, UUID venueId, Instant checkedOutAt, int people) {}
}
