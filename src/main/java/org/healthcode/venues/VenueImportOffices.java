package org.healthcode.venues;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.healthcode.accounts.Role;
import org.healthcode.accounts.StaffAccount;
import org.healthcode.accounts.StaffAccounts;
import org.healthcode.common.RejectedException;
import org.healthcode.divisions.Division;
import org.healthcode.divisions.DivisionCode;
import org.healthcode.divisions.Divisions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may import venues and where. Administrators import anywhere (optionally naming one division to look district
 * names up in); a district office imports only within the divisions an administrator assigned to it, stored in {@code
 * district_office_division}. Every other role is refused.
 */
@Service
class VenueImportOffices {

    private final StaffAccounts accounts;
    private final Divisions divisions;
    private final JdbcClient jdbc;
    private final Clock clock;

    VenueImportOffices(StaffAccounts accounts, Divisions divisions, JdbcClient jdbc, Clock clock) {
        this.accounts = accounts;
        this.divisions = divisions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The importing account.
     *
     * @throws RejectedException {@code venue-import-not-allowed} unless it is a district office or an administrator
     */
    VenueImportUploader uploader(Authentication caller) {
        boolean administrator = holds(caller, Role.ADMIN);
        if (!administrator && !holds(caller, Role.DISTRICT_OFFICE)) {
            throw new RejectedException(VenueImportErrorCode.NOT_ALLOWED);
        }

        StaffAccount account = accounts.findByUsername(caller.getName())
                .orElseThrow(() -> new RejectedException(VenueImportErrorCode.NOT_ALLOWED));
        return new VenueImportUploader(account.id(), administrator);
    }

    /**
     * Where this uploader may register venues.
     *
     * @param within for an administrator, a division code to limit the import to (and to look names up in), or blank
     * @throws RejectedException {@code venue-import-no-districts} for an office with no divisions; {@code
     *     division-code-malformed} or {@code division-unknown} for a bad {@code within}
     */
    VenueImportScope scope(VenueImportUploader uploader, String within) {
        if (uploader.administrator()) {
            return within == null || within.isBlank()
                    ? VenueImportScope.everywhere()
                    : VenueImportScope.within(List.of(divisions.require(DivisionCode.of(within))));
        }

        List<Division> assigned = divisionsOf(uploader.accountId());
        if (assigned.isEmpty()) {
            throw new RejectedException(VenueImportErrorCode.NO_DISTRICTS);
        }
        return VenueImportScope.within(assigned);
    }

    /**
     * Whether this caller may see the flows of a division: administrators and epidemiologists everywhere, a district
     * office at or below the divisions assigned to it, nobody else.
     */
    boolean mayOversee(Authentication caller, String divisionCode) {
        if (holds(caller, Role.ADMIN) || holds(caller, Role.EPIDEMIOLOGIST)) {
            return true;
        }
        if (!holds(caller, Role.DISTRICT_OFFICE)) {
            return false;
        }

        return accounts.findByUsername(caller.getName())
                .map(office -> VenueImportScope.within(divisionsOf(office.id())).covers(divisionCode))
                .orElse(false);
    }

    /** The divisions assigned to a district office, in code order. */
    List<Division> divisionsOf(UUID accountId) {
        return jdbc
                .sql("select division from district_office_division where account_id = ? order by division")
                .param(accountId)
                .query(String.class)
                .list()
                .stream()
                .map(code -> divisions.require(new DivisionCode(code)))
                .toList();
    }

    /**
     * Replaces the divisions of a district office.
     *
     * @throws RejectedException {@code district-office-invalid} if the account is not a district office; {@code
     *     division-code-malformed} or {@code division-unknown} for a bad code
     */
    @Transactional
    List<Division> assign(String username, List<String> codes, UUID assignedBy) {
        StaffAccount office = office(username);
        Set<Division> assigned = new LinkedHashSet<>();
        codes.forEach(code -> assigned.add(divisions.require(DivisionCode.of(code))));

        jdbc.sql("delete from district_office_division where account_id = ?")
                .param(office.id())
                .update();
        assigned.forEach(division -> jdbc.sql("""
                        insert into district_office_division (account_id, division, assigned_at, assigned_by)
                        values (?, ?, ?, ?)""")
                .params(office.id(), division.code(), Timestamp.from(clock.instant()), assignedBy)
                .update());
        return divisionsOf(office.id());
    }

    /** The account id of a staff username, for recording who assigned divisions. */
    UUID accountId(String username) {
        return accounts.findByUsername(username)
                .map(StaffAccount::id)
                .orElseThrow(() -> new RejectedException(VenueImportErrorCode.NOT_ALLOWED));
    }

    /**
     * The divisions assigned to the district office with this username.
     *
     * @throws RejectedException {@code district-office-invalid} if there is no such district office
     */
    List<Division> divisionsOf(String username) {
        return divisionsOf(office(username).id());
    }

    private StaffAccount office(String username) {
        return accounts.findByUsername(username)
                .filter(account -> account.roles().contains(Role.DISTRICT_OFFICE))
                .orElseThrow(() -> new RejectedException(VenueImportErrorCode.OFFICE_INVALID, "username"));
    }

    private static boolean holds(Authentication caller, String role) {
        return caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(("ROLE_" + role)::equals);
    }
}
