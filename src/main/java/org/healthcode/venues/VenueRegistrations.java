package org.healthcode.venues;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.healthcode.accounts.Role;
import org.healthcode.accounts.StaffAccount;
import org.healthcode.accounts.StaffAccounts;
import org.healthcode.common.RejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What operators do with their venues: register one with its entrances, list theirs, retire one and assign venue
 * staff accounts to it. Only a venue's operator changes it; assigned staff only see it.
 */
@Service
public class VenueRegistrations {

    private static final Logger log = LoggerFactory.getLogger(VenueRegistrations.class);

    private final JdbcClient jdbc;
    private final Venues venues;
    private final StaffAccounts accounts;
    private final Clock clock;

    VenueRegistrations(JdbcClient jdbc, Venues venues, StaffAccounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.venues = venues;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Registers a venue run by this operator account.
     *
     * @throws RejectedException {@code venue-exists} if the operator has one of this name in this division
     */
    @Transactional
    public VenueSummary register(UUID operatorId, VenueRegistration registration) {
        VenueId id = VenueId.random();
        try {
            insertVenue(id, operatorId, registration);
        } catch (DuplicateKeyException sameName) {
            throw new RejectedException(VenueErrorCode.VENUE_EXISTS, "name");
        }
        for (String entrance : registration.entrances()) {
            jdbc.sql("insert into venue_entrance (id, venue_id, name) values (?, ?, ?)")
                    .params(UUID.randomUUID(), id.value(), entrance)
                    .update();
        }
        log.atInfo()
                .setMessage("venue registered")
                .addKeyValue("venue", id)
                .addKeyValue("category", registration.category())
                .log();
        return summary(venues.require(id), operatorId);
    }

    private void insertVenue(VenueId id, UUID operatorId, VenueRegistration registration) {
        jdbc.sql("""
                        insert into venue (id, category, name, division, address, latitude, longitude, capacity,
                                           operator_id, registered_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id.value(),
                        registration.category().name(),
                        registration.name(),
                        registration.division().value(),
                        registration.address(),
                        registration
                                .coordinates()
                                .map(Venue.Coordinates::latitude)
                                .orElse(null),
                        registration
                                .coordinates()
                                .map(Venue.Coordinates::longitude)
                                .orElse(null),
                        registration.capacity().isPresent()
                                ? registration.capacity().getAsInt()
                                : null,
                        operatorId,
                        Timestamp.from(clock.instant()))
                .update();
    }

    /** The venues this account operates or is assigned to, newest first. */
    public List<VenueSummary> of(UUID accountId) {
        return jdbc.sql("""
                        select * from venue
                        where operator_id = :account
                           or id in (select venue_id from venue_staff where account_id = :account)
                        order by registered_at desc, name""").param("account", accountId).query(Venues::toVenue).list().stream()
                .map(venue -> summary(venue, accountId))
                .toList();
    }

    /** One venue as this account sees it; {@code not-your-venue} unless it operates or is assigned to it. */
    public VenueSummary view(VenueId id, UUID accountId) {
        return summary(venues.requireActingFor(id, accountId), accountId);
    }

    /** Retires the venue: it keeps its records and accepts no more check-ins. Retiring twice changes nothing. */
    @Transactional
    public VenueSummary retire(VenueId id, UUID operatorId) {
        requireOperator(id, operatorId);
        jdbc.sql("update venue set retired_at = ? where id = ? and retired_at is null")
                .params(Timestamp.from(clock.instant()), id.value())
                .update();
        log.atInfo().setMessage("venue retired").addKeyValue("venue", id).log();
        return summary(venues.require(id), operatorId);
    }

    /**
     * Assigns a venue staff account to the venue; assigning it again changes nothing.
     *
     * @throws RejectedException {@code venue-staff-unknown} unless the username names an account with the venue
     *     staff role
     */
    @Transactional
    public VenueSummary assignStaff(VenueId id, UUID operatorId, String username) {
        requireOperator(id, operatorId);
        StaffAccount staff = accounts.findByUsername(username == null ? "" : username.strip())
                .filter(account -> account.roles().contains(Role.VENUE_STAFF))
                .orElseThrow(() -> new RejectedException(VenueErrorCode.STAFF_UNKNOWN, "username"));

        jdbc.sql("""
                        insert into venue_staff (venue_id, account_id, assigned_at, assigned_by)
                        values (?, ?, ?, ?) on conflict do nothing""")
                .params(id.value(), staff.id(), Timestamp.from(clock.instant()), operatorId)
                .update();
        return summary(venues.require(id), operatorId);
    }

    /** The entrances of a venue, by name. */
    public List<VenueSummary.Entrance> entrances(VenueId id) {
        return jdbc.sql("select id, name from venue_entrance where venue_id = ? order by name")
                .param(id.value())
                .query((row, n) -> new VenueSummary.Entrance(row.getObject("id", UUID.class), row.getString("name")))
                .list();
    }

    private void requireOperator(VenueId id, UUID operatorId) {
        Venue venue = venues.require(id);
        if (!venue.operatorId().equals(operatorId)) {
            throw new RejectedException(VenueErrorCode.NOT_THE_OPERATOR, VenueId.FIELD);
        }
    }

    private VenueSummary summary(Venue venue, UUID accountId) {
        return VenueSummary.of(venue, entrances(venue.id()), venue.operatorId().equals(accountId));
    }
}
