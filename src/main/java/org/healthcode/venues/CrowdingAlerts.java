package org.healthcode.venues;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.healthcode.common.TimeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raises crowding alerts: compares a venue's crowding level now with the level it was last seen at, and records an
 * alert when it crossed into a more crowded one (NORMAL to BUSY, BUSY to FULL, or straight to FULL). Falling back
 * records no alert, only the new level, so that the next rise alerts again. Venues are assessed whenever their
 * occupancy is read, and by a sweep over venues with recent arrivals or a crowded level, so that alerts do not wait
 * for someone to look. Assessments of one venue are serialised by an advisory lock: one alert per crossing.
 */
@Service
public class CrowdingAlerts {

    private static final Logger log = LoggerFactory.getLogger(CrowdingAlerts.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final VenueFlows flows;
    private final OccupancyProperties settings;
    private final ZoneId zone;
    private final Clock clock;

    CrowdingAlerts(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            VenueFlows flows,
            OccupancyProperties settings,
            TimeProperties time,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.flows = flows;
        this.settings = settings;
        this.zone = time.zone();
        this.clock = clock;
    }

    /** The venue's occupancy now, after recording an alert if it just crossed into a more crowded level. */
    public Occupancy assess(Venue venue) {
        Occupancy occupancy = flows.occupancy(venue);
        observe(occupancy);
        return occupancy;
    }

    /** Records the level of this occupancy, and an alert if it is above the level last recorded. */
    void observe(Occupancy occupancy) {
        transactions.executeWithoutResult(status -> {
            UUID venue = occupancy.venueId();
            jdbc.sql("select pg_advisory_xact_lock(hashtextextended('venue-crowding' || ?, 0))")
                    .param(venue.toString())
                    .query()
                    .singleRow();
            CrowdingLevel previous = jdbc.sql("select level from venue_crowding where venue_id = ?")
                    .param(venue)
                    .query((row, n) -> CrowdingLevel.valueOf(row.getString("level")))
                    .optional()
                    .orElse(CrowdingLevel.NORMAL);
            if (occupancy.level() == previous) {
                return;
            }

            remember(occupancy);
            if (occupancy.level().isAbove(previous)) {
                raise(occupancy);
            }
        });
    }

    private void remember(Occupancy occupancy) {
        jdbc.sql("""
                        insert into venue_crowding (venue_id, level, occupancy, changed_at) values (?, ?, ?, ?)
                        on conflict (venue_id) do update
                            set level = excluded.level, occupancy = excluded.occupancy, changed_at = excluded.changed_at""")
                .params(
                        occupancy.venueId(),
                        occupancy.level().name(),
                        occupancy.occupancy(),
                        Timestamp.from(occupancy.asOf()))
                .update();
    }

    private void raise(Occupancy occupancy) {
        jdbc.sql("""
                        insert into venue_crowding_alert (id, venue_id, level, occupancy, capacity, raised_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        occupancy.venueId(),
                        occupancy.level().name(),
                        occupancy.occupancy(),
                        occupancy.capacity(),
                        Timestamp.from(occupancy.asOf()))
                .update();
        log.atInfo()
                .setMessage("venue crowding alert raised")
                .addKeyValue("venue", occupancy.venueId())
                .addKeyValue("level", occupancy.level())
                .log();
    }

    /** The venue's most recent alerts, newest first, at most {@code limit}. */
    public List<CrowdingAlert> recent(VenueId venue, int limit) {
        return jdbc.sql("select * from venue_crowding_alert where venue_id = ? order by raised_at desc limit ?")
                .params(venue.value(), limit)
                .query(CrowdingAlerts::toAlert)
                .list();
    }

    private static CrowdingAlert toAlert(ResultSet row, int rowNumber) throws SQLException {
        return new CrowdingAlert(
                row.getObject("id", UUID.class),
                row.getObject("venue_id", UUID.class),
                CrowdingLevel.valueOf(row.getString("level")),
                row.getLong("occupancy"),
                row.getInt("capacity"),
                row.getTimestamp("raised_at").toInstant());
    }

    /**
     * Assesses, in one statement, every venue with a capacity that had arrivals within the last two sweep intervals
     * (only an arrival can raise occupancy) or that was last seen crowded (only those can fall back).
     */
    @Scheduled(
            fixedDelayString = "${healthcode.occupancy.sweep-interval:15s}",
            initialDelayString = "${healthcode.occupancy.sweep-interval:15s}")
    public void sweep() {
        Instant now = clock.instant();
        Instant recent = now.minus(settings.sweepInterval().multipliedBy(2));
        flows.present(jdbc.sql("""
                                select v.id, v.capacity, o.present
                                from venue v
                                cross join lateral (
                                    select count(*) as present from check_in c where c.venue_id = v.id and %s) o
                                where v.capacity is not null and (
                                    v.id in (select r.venue_id from check_in r
                                             where r.day between :recentDay and :today
                                               and r.checked_in_at > :recent and r.checked_in_at <= :now)
                                    or v.id in (select k.venue_id from venue_crowding k where k.level <> 'NORMAL'))""".formatted(VenueFlows.PRESENT)), now)
                .param("recentDay", LocalDate.ofInstant(recent, zone))
                .param("recent", Timestamp.from(recent))
                .query((row, n) -> Occupancy.of(
                        row.getObject("id", UUID.class), row.getLong("present"), row.getInt("capacity"), settings, now))
                .list()
                .forEach(this::observe);
    }
}
