-- Appeals against a yellow or red code. The resident's written statement and the auditor's reason are stored
-- encrypted (people write names into them). A row is filed once and resolved once: the trigger refuses deletes and
-- any other change, except re-encryption of the ciphertexts. Every step is also recorded as a fact.
create table appeal (
    id                uuid primary key,
    resident_id       uuid        not null references resident (id),
    filed_by          uuid        not null references resident (id),
    filed_at          timestamptz not null,
    colour_at_filing  text        not null check (colour_at_filing in ('YELLOW', 'RED')),
    statement_cipher  bytea       not null,
    resolved_at       timestamptz,
    resolved_by       text,
    outcome           text check (outcome in ('UPHELD', 'REJECTED')),
    resolution_cipher bytea,
    check ((resolved_at is null) = (resolved_by is null)
        and (resolved_at is null) = (outcome is null)
        and (resolved_at is null) = (resolution_cipher is null))
);

-- One open appeal per person, even when two are filed at the same moment.
create unique index appeal_one_open_per_person on appeal (resident_id) where resolved_at is null;
create index appeal_open_queue on appeal (filed_at) where resolved_at is null;
create index appeal_of_resident on appeal (resident_id, filed_at);

create function refuse_appeal_rewrite() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE'
            and (new.id, new.resident_id, new.filed_by, new.filed_at, new.colour_at_filing)
                is not distinct from (old.id, old.resident_id, old.filed_by, old.filed_at, old.colour_at_filing)
            and (old.resolved_at is null
                or (new.resolved_at, new.resolved_by, new.outcome)
                    is not distinct from (old.resolved_at, old.resolved_by, old.outcome)) then
        return new;
    end if;
    raise exception 'appeals are filed once and resolved once; they are never changed or deleted';
end;
$$;

create trigger appeal_filed_and_resolved_once
    before update or delete on appeal
    for each row execute function refuse_appeal_rewrite();
