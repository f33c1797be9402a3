-- The divisions a district office may register venues in by bulk import. An office with no row here registers
-- nothing; a row for a city (310100) or a province (310000) covers every district below it. Administrators are not
-- limited. See docs/venue-import.md.
create table district_office_division (
    account_id  uuid        not null references staff_account (id),
    division    char(6)     not null,
    assigned_at timestamptz not null,
    assigned_by uuid        not null references staff_account (id),
    primary key (account_id, division)
);
