-- Sampling: where swabs are taken, the tubes they go into and who is in each tube.
create table sampling_site (
    id         uuid primary key,
    name       text        not null unique,
    created_at timestamptz not null,
    created_by text        not null
);

-- A tube is SINGLE (one person) or MIXED (a pool of 5, 10 or 20 swabs). Its round is the local sampling date unless
-- the sampler gave another. A tube opened by a lab for a FHIR result without a specimen has no site.
create table tube (
    barcode   text primary key,
    kind      text        not null check (kind in ('SINGLE', 'MIXED')),
    capacity  integer     not null check (capacity between 1 and 50),
    site_id   uuid references sampling_site (id),
    round     date        not null,
    opened_at timestamptz not null,
    opened_by text        not null,
    sealed_at timestamptz,
    sealed_by text,
    check (kind <> 'SINGLE' or capacity = 1)
);

-- One row per person in a tube. "open" mirrors the tube's state so that one partial unique index enforces that a
-- person is in at most one open tube per round.
create table tube_member (
    barcode     text        not null references tube (barcode),
    resident_id uuid        not null references resident (id),
    round       date        not null,
    open        boolean     not null default true,
    bound_at    timestamptz not null,
    bound_by    text        not null,
    primary key (barcode, resident_id)
);

create unique index tube_member_one_open_tube_per_round on tube_member (resident_id, round) where open;
create index tube_member_resident on tube_member (resident_id);

-- Laboratories, the staff who upload for them and the API keys of their systems (stored as SHA-256 of the key).
create table lab (
    code       text primary key,
    name       text        not null,
    created_at timestamptz not null
);

create table lab_member (
    lab_code text not null references lab (code),
    username text not null references staff_account (username),
    primary key (lab_code, username)
);

create unique index lab_member_one_lab_per_account on lab_member (username);

create table lab_api_key (
    id         uuid primary key,
    lab_code   text        not null references lab (code),
    name       text        not null,
    key_hash   bytea       not null unique,
    created_at timestamptz not null,
    revoked_at timestamptz
);

-- One result per tube. A retest is a new tube; a different result for the same tube is refused, never overwritten.
create table lab_result (
    barcode     text primary key references tube (barcode),
    result      text        not null check (result in ('NEGATIVE', 'POSITIVE', 'INVALID')),
    ct          numeric,
    sampled_at  timestamptz not null,
    reported_at timestamptz not null,
    lab_code    text        not null references lab (code),
    received_at timestamptz not null,
    recorded_by text        not null,
    upload_id   uuid        not null
);

create index lab_result_upload on lab_result (upload_id);
create index lab_result_lab on lab_result (lab_code, reported_at);
