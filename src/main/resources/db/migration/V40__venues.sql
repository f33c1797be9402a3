-- Venues: the places where codes are checked. A venue belongs to the operator account that registered it (or to a
-- district office that registered it in bulk); staff accounts are assigned to the venues they check visitors at.
insert into role (code, description) values
    ('VENUE_STAFF', 'Venue staff: checks visitors at the venues assigned to them'),
    ('DISTRICT_OFFICE', 'District office: registers the venues of its district in bulk and sees their flows');

create table venue (
    id            uuid primary key,
    category      text        not null check (category in ('RESIDENTIAL_COMMUNITY', 'OFFICE_OR_BUSINESS',
                                  'PUBLIC_TRANSPORT', 'SCHOOL', 'PHARMACY', 'SUPERMARKET_OR_MALL', 'HOSPITAL', 'OTHER')),
    name          text        not null check (length(name) between 1 and 200),
    division      char(6)     not null,
    address       text        not null check (length(address) between 1 and 300),
    latitude      numeric(9, 6) check (latitude between -90 and 90),
    longitude     numeric(9, 6) check (longitude between -180 and 180),
    capacity      integer     check (capacity > 0),
    operator_id   uuid        not null references staff_account (id),
    registered_at timestamptz not null,
    retired_at    timestamptz,
    check ((latitude is null) = (longitude is null))
);

-- One venue per operator, division and name: a bulk import run twice registers nothing twice.
create unique index venue_one_name_per_operator_and_division on venue (operator_id, division, name);
create index venue_division on venue (division);

create table venue_entrance (
    id       uuid primary key,
    venue_id uuid not null references venue (id),
    name     text not null check (length(name) between 1 and 100),
    unique (venue_id, name)
);

create table venue_staff (
    venue_id    uuid        not null references venue (id),
    account_id  uuid        not null references staff_account (id),
    assigned_at timestamptz not null,
    assigned_by uuid        not null references staff_account (id),
    primary key (venue_id, account_id)
);

create index venue_staff_account on venue_staff (account_id);
