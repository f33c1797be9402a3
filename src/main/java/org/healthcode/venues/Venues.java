package org.healthcode.venues;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.healthcode.common.RejectedException;
import org.healthcode.divisions.DivisionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Finds venues and tells who may act for them: their operator and the staff assigned to them. */
@Service
public class Venues {

    private final JdbcClient jdbc;

    Venues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Venue> find(VenueId id) {
        return jdbc.sql("select * from venue where id = ?")
                .param(id.value())
                .query(Venues::toVenue)
                .optional();
    }

    /**
     * The venue with this id.
     *
     * @throws RejectedException {@code venue-unknown} if there is none
     */
    public Venue require(VenueId id) {
        return find(id).orElseThrow(() -> new RejectedException(VenueErrorCode.VENUE_UNKNOWN, VenueId.FIELD));
    }

    /**
     * The venue with this id, still accepting check-ins.
     *
     * @throws RejectedException {@code venue-unknown} or {@code venue-retired}
     */
    public Venue requireOpen(VenueId id) {
        Venue venue = require(id);
        if (venue.retired()) {
            throw new RejectedException(VenueErrorCode.VENUE_RETIRED, VenueId.FIELD);
        }
        return venue;
    }

    /** Whether this staff account operates the venue or is assigned to it. */
    public boolean mayActFor(VenueId id, UUID accountId) {
        return jdbc.sql("""
                        select exists (select 1 from venue where id = :venue and operator_id = :account)
                            or exists (select 1 from venue_staff where venue_id = :venue and account_id = :account)""")
                .param("venue", id.value())
                .param("account", accountId)
                .query(Boolean.class)
                .single();
    }

    /**
     * The venue, if this account may act for it.
     *
     * @throws RejectedException {@code venue-unknown}, or {@code not-your-venue} (403) for anyone else's venue
     */
    public Venue requireActingFor(VenueId id, UUID accountId) {
        Venue venue = require(id);
        if (!mayActFor(id, accountId)) {
            throw new RejectedException(VenueErrorCode.NOT_YOUR_VENUE, VenueId.FIELD);
        }
        return venue;
    }

    static Venue toVenue(ResultSet row, int rowNumber) throws SQLException {
        BigDecimal latitude = row.getBigDecimal("latitude");
        BigDecimal longitude = row.getBigDecimal("longitude");
        int capacity = row.getInt("capacity");
        boolean capacityKnown = !row.wasNull();
        Timestamp retiredAt = row.getTimestamp("retired_at");
        return new Venue(
                new VenueId(row.getObject("id", UUID.class)),
                VenueCategory.valueOf(row.getString("category")),
                row.getString("name"),
                new DivisionCode(row.getString("division")),
                row.getString("address"),
                latitude == null
                        ? Optional.empty()
                        : Optional.of(new Venue.Coordinates(latitude.doubleValue(), longitude.doubleValue())),
                capacityKnown ? OptionalInt.of(capacity) : OptionalInt.empty(),
                row.getObject("operator_id", UUID.class),
                row.getTimestamp("registered_at").toInstant(),
                Optional.ofNullable(retiredAt).map(Timestamp::toInstant));
    }
}
