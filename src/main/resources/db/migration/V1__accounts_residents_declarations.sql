-- Roles are data: later features add rows here, not code paths.
create table role (
    code        text primary key,
    description text not null
);

insert into role (code, description) values
    ('ADMIN', 'Administrator: manages staff accounts and settings'),
    ('AUDITOR', 'Auditor: reviews flagged declarations and decides outcomes'),
    ('SAMPLER', 'Sampler: binds residents to sample tubes at a sampling site'),
    ('LAB', 'Laboratory: uploads test results'),
    ('VENUE_OPERATOR', 'Venue operator: registers venues and checks visitors'),
    ('EPIDEMIOLOGIST', 'Epidemiologist: traces contacts and manages risk areas');

create table staff_account (
    id            uuid primary key,
    username      text        not null unique,
    display_name  text        not null,
    password_hash text        not null,
    enabled       boolean     not null default true,
    created_at    timestamptz not null
);

create table staff_account_role (
    account_id uuid not null references staff_account (id),
    role_code  text not null references role (code),
    primary key (account_id, role_code)
);

-- A resident: the account holder (with a phone) or a dependant managed by a guardian (no phone).
-- Personal data is stored only encrypted (AES-GCM, key id inside the value); lookups use keyed hashes.
create table resident (
    id              uuid primary key,
    guardian_id     uuid references resident (id),
    document_type   text        not null,
    document_hash   bytea       not null unique,
    document_cipher bytea       not null,
    name_cipher     bytea       not null,
    phone_hash      bytea unique,
    phone_cipher    bytea,
    home_division   char(6)     not null,
    address_cipher  bytea       not null,
    created_at      timestamptz not null,
    constraint resident_has_phone_or_guardian check ((phone_hash is null) = (guardian_id is not null)),
    constraint resident_phone_complete check ((phone_hash is null) = (phone_cipher is null))
);

create index resident_guardian on resident (guardian_id) where guardian_id is not null;

-- One-time login codes, keyed by the phone's keyed hash; the code itself is stored hashed.
create table login_code (
    phone_hash bytea primary key,
    code_hash  bytea       not null,
    issued_at  timestamptz not null,
    expires_at timestamptz not null,
    attempts   integer     not null default 0
);

-- Each submission of the health declaration is a new version; the content is encrypted.
create table declaration (
    id             uuid primary key,
    resident_id    uuid        not null references resident (id),
    version        integer     not null,
    submitted_at   timestamptz not null,
    submitted_by   uuid        not null references resident (id),
    content_cipher bytea       not null,
    unique (resident_id, version)
);

-- Everything that affects a person's status: append-only, with who, when and why.
create table fact (
    id          bigint generated always as identity primary key,
    resident_id uuid        not null references resident (id),
    kind        text        not null,
    detail      jsonb       not null default '{}'::jsonb,
    recorded_at timestamptz not null,
    recorded_by text        not null,
    -- a person's free-text reason may name people: stored encrypted like other personal data
    reason_cipher bytea
);

create index fact_resident on fact (resident_id, id);

-- Facts are never deleted and never changed, except that the encrypted reason may be re-encrypted under a new key.
create function refuse_fact_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and (new.id, new.resident_id, new.kind, new.detail, new.recorded_at, new.recorded_by)
            is not distinct from (old.id, old.resident_id, old.kind, old.detail, old.recorded_at, old.recorded_by)
            and (new.reason_cipher is null) = (old.reason_cipher is null) then
        return new;
    end if;
    raise exception 'facts are append-only' using errcode = 'restrict_violation';
end;
$$;

create trigger fact_append_only
    before update or delete on fact
    for each row execute function refuse_fact_change();

-- Declarations that the automatic checks flagged wait here for an auditor.
create table review_case (
    declaration_id uuid primary key references declaration (id),
    resident_id    uuid        not null references resident (id),
    home_division  char(6)     not null,
    flags          jsonb       not null,
    flagged_at     timestamptz not null,
    decided_at     timestamptz,
    decided_by     text,
    outcome        text,
    reason_cipher  bytea
);

create index review_case_open on review_case (flagged_at) where decided_at is null;
