package org.healthcode.venues;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthcode.common.RejectedException;
import org.healthcode.common.TimeProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The flow figures of venues, each one set-based SQL statement over the day partitions of {@code check_in}: live
 * occupancy, scans per minute per entrance over the last hour, and arrivals per local hour of a day for a venue or a
 * district. Every statement names the days it reads, so only those partitions are touched, and reaches rows through
 * the {@code check_in_venue (venue_id, checked_in_at)} index of each partition. See docs/venues.md.
 */
@Service
public class VenueFlows {

    /** A visitor present now: admitted, not checked out, and their stay (estimated or default) not yet over. */
    static final String PRESENT = """
            c.decision = 'ALLOW'
            and c.day between :firstDay and :today
            and c.checked_in_at > :since and c.checked_in_at <= :now
            and (c.checked_out_at is null or c.checked_out_at > :now)
            and c.checked_in_at + make_interval(secs => coalesce(c.estimated_stay_minutes * 60, :defaultStay)) > :now""";

    /** The most venues a district overview lists. */
    static final int DISTRICT_VENUES = 1000;

    private static final Duration LAST_HOUR = Duration.ofHours(1);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final JdbcClient jdbc;
    private final OccupancyProperties settings;
    private final ZoneId zone;
    private final Clock clock;

    VenueFlows(JdbcClient jdbc, OccupancyProperties settings, TimeProperties time, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.zone = time.zone();
        this.clock = clock;
    }

    /** How many visitors a venue holds now. */
    public Occupancy occupancy(Venue venue) {
        Instant now = clock.instant();
        long present = present(
                        jdbc.sql("select count(*) from check_in c where c.venue_id = :venue and " + PRESENT), now)
                .param("venue", venue.id().value())
                .query(Long.class)
                .single();
        Integer capacity = venue.capacity().isPresent() ? venue.capacity().getAsInt() : null;
        return Occupancy.of(venue.id().value(), present, capacity, settings, now);
    }

    /**
     * The venues of a district still open, at most {@link #DISTRICT_VENUES}, each with its occupancy now: one
     * statement, counting each venue's visitors through its own index range (a lateral sub-query per venue).
     */
    public List<VenueOccupancy> occupancies(VenueFlowDistrict district) {
        Instant now = clock.instant();
        return present(jdbc.sql("""
                                select v.id, v.name, v.category, v.division, v.capacity, o.present
                                from venue v
                                cross join lateral (
                                    select count(*) as present from check_in c where c.venue_id = v.id and %s) o
                                where v.division between :lowest and :highest and v.retired_at is null
                                order by v.division, v.name
                                limit :limit""".formatted(PRESENT)), now)
                .param("lowest", district.lowest())
                .param("highest", district.highest())
                .param("limit", DISTRICT_VENUES)
                .query((row, n) -> toVenueOccupancy(row, now))
                .list();
    }

    private VenueOccupancy toVenueOccupancy(ResultSet row, Instant now) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        int capacity = row.getInt("capacity");
        Integer known = row.wasNull() ? null : capacity;
        return new VenueOccupancy(
                id,
                row.getString("name"),
                row.getString("category"),
                row.getString("division"),
                Occupancy.of(id, row.getLong("present"), known, settings, now));
    }

    /** Binds the parameters of {@link #PRESENT} for this instant. */
    JdbcClient.StatementSpec present(JdbcClient.StatementSpec statement, Instant now) {
        Instant since = now.minus(OccupancyProperties.LOOKBACK);
        return statement
                .param("firstDay", dayOf(since))
                .param("today", dayOf(now))
                .param("since", Timestamp.from(since))
                .param("now", Timestamp.from(now))
                .param("defaultStay", settings.defaultStay().toSeconds());
    }

    /** Scans (people admitted or refused) per minute at each entrance over the last hour, busiest entrance first. */
    public List<EntranceMinutes> scansPerMinute(Venue venue) {
        Instant now = clock.instant();
        Instant since = now.minus(LAST_HOUR);
        List<EntranceMinute> rows = jdbc.sql("""
                        select c.entrance_id, e.name as entrance_name,
                            date_trunc('minute', c.checked_in_at) as minute, count(*) as scans,
                            count(*) filter (where c.decision = 'ALLOW') as admitted
                        from check_in c
                        left join venue_entrance e on e.id = c.entrance_id
                        where c.venue_id = :venue and c.day between :firstDay and :today
                          and c.checked_in_at > :since and c.checked_in_at <= :now
                        group by c.entrance_id, e.name, minute
                        order by minute""")
                .param("venue", venue.id().value())
                .param("firstDay", dayOf(since))
                .param("today", dayOf(now))
                .param("since", Timestamp.from(since))
                .param("now", Timestamp.from(now))
                .query(VenueFlows::toEntranceMinute)
                .list();
        return byEntrance(rows);
    }

    private static List<EntranceMinutes> byEntrance(List<EntranceMinute> rows) {
        Map<UUID, List<EntranceMinute>> grouped = new LinkedHashMap<>();
        rows.forEach(row -> grouped.computeIfAbsent(row.entranceId(), id -> new ArrayList<>())
                .add(row));
        return grouped.values().stream()
                .map(EntranceMinutes::of)
                .sorted((a, b) -> Long.compare(b.scans(), a.scans()))
                .toList();
    }

    private static EntranceMinute toEntranceMinute(ResultSet row, int rowNumber) throws SQLException {
        return new EntranceMinute(
                row.getObject("entrance_id", UUID.class),
                row.getString("entrance_name"),
                row.getTimestamp("minute").toInstant(),
                row.getLong("scans"),
                row.getLong("admitted"));
    }

    /** Arrivals per local hour of this day at a venue: every hour of the day, empty ones as zero. */
    public List<Hour> hourly(Venue venue, LocalDate day) {
        List<Hour> counted = jdbc.sql("""
                        select date_trunc('hour', c.checked_in_at, :zone) as hour,
                            count(*) filter (where c.decision = 'ALLOW') as admitted,
                            count(*) filter (where c.decision = 'DENY') as refused
                        from check_in c
                        where c.venue_id = :venue and c.day = :day
                        group by hour""")
                .param("zone", zone.getId())
                .param("venue", venue.id().value())
                .param("day", day)
                .query(this::toHour)
                .list();
        return everyHour(day, counted);
    }

    /**
     * Arrivals per local hour of this day at all venues of a district: every hour of the day, empty ones as zero. Each
     * venue is counted through its own index range (a lateral sub-query), so the cost follows the district's arrivals,
     * not the whole day's.
     */
    public List<Hour> hourly(VenueFlowDistrict district, LocalDate day) {
        List<Hour> counted = jdbc.sql("""
                        select h.hour, sum(h.admitted) as admitted, sum(h.refused) as refused
                        from venue v
                        cross join lateral (
                            select date_trunc('hour', c.checked_in_at, :zone) as hour,
                                count(*) filter (where c.decision = 'ALLOW') as admitted,
                                count(*) filter (where c.decision = 'DENY') as refused
                            from check_in c
                            where c.venue_id = v.id and c.day = :day
                            group by 1) h
                        where v.division between :lowest and :highest
                        group by h.hour""")
                .param("zone", zone.getId())
                .param("day", day)
                .param("lowest", district.lowest())
                .param("highest", district.highest())
                .query(this::toHour)
                .list();
        return everyHour(day, counted);
    }

    private Hour toHour(ResultSet row, int rowNumber) throws SQLException {
        Instant start = row.getTimestamp("hour").toInstant();
        return new Hour(start, HOUR.format(start.atZone(zone)), row.getLong("admitted"), row.getLong("refused"));
    }

    private List<Hour> everyHour(LocalDate day, List<Hour> counted) {
        Map<Instant, Hour> byStart = new LinkedHashMap<>();
        counted.forEach(hour -> byStart.put(hour.start(), hour));
        List<Hour> hours = new ArrayList<>();
        ZonedDateTime end = day.plusDays(1).atStartOfDay(zone);
        for (ZonedDateTime at = day.atStartOfDay(zone); at.isBefore(end); at = at.plusHours(1)) {
            Instant start = at.toInstant();
            hours.add(byStart.getOrDefault(start, new Hour(start, HOUR.format(at), 0, 0)));
        }
        return hours;
    }

    /**
     * The day a chart asks for, {@code 2026-12-04}; today (in the region's zone) when none is given.
     *
     * @throws RejectedException {@code flow-day-malformed} if it is not such a date
     */
    public LocalDate dayOrToday(String text) {
        if (text == null || text.isBlank()) {
            return today();
        }

        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            throw new RejectedException(VenueFlowErrorCode.FLOW_DAY_MALFORMED, "day");
        }
    }

    /** Today in the region's zone. */
    public LocalDate today() {
        return dayOf(clock.instant());
    }

    private LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /**
     * Arrivals in one local hour.
     *
     * @param start the instant the hour starts
     * @param hour the local time the hour starts at, {@code HH:mm}
     * @param admitted people let in
     * @param refused people kept out
     */
    public record Hour(Instant start, String hour, long admitted, long refused) {}

    /** A venue of a district with its occupancy now. */
    public record VenueOccupancy(UUID id, String name, String category, String divisionCode, Occupancy occupancy) {}

    /** Scans at one entrance in one minute. */
    record EntranceMinute(UUID entranceId, String entranceName, Instant minute, long scans, long admitted) {}

    /**
     * Scans at one entrance over the last hour.
     *
     * @param entranceId the entrance; null for scans that named none
     * @param entranceName its name; null for scans that named none
     * @param scans people scanned (admitted or refused) over the hour
     * @param minutes the minutes with scans, oldest first
     */
    public record EntranceMinutes(UUID entranceId, String entranceName, long scans, List<Minute> minutes) {

        static EntranceMinutes of(List<EntranceMinute> rows) {
            EntranceMinute first = rows.get(0);
            List<Minute> minutes = rows.stream()
                    .map(row -> new Minute(row.minute(), row.scans(), row.admitted()))
                    .toList();
            long scans = minutes.stream().mapToLong(Minute::scans).sum();
            return new EntranceMinutes(first.entranceId(), first.entranceName(), scans, minutes);
        }
    }

    /** Scans in one minute: everyone scanned and those of them let in. */
    public record Minute(Instant minute, long scans, long admitted) {}
}
