-- Printable card codes. A card code carries no colour, only its serial, so that a checkpoint looks the colour up
-- online and can refuse a lost or withdrawn card. Rows are never deleted: a revoked serial stays refused.
create table card (
    serial      bigint generated always as identity primary key,
    resident_id uuid        not null references resident (id),
    issued_at   timestamptz not null,
    revoked_at  timestamptz,
    revoked_by  text,
    constraint card_revocation_complete check ((revoked_at is null) = (revoked_by is null))
);

-- At most one card in use per resident: issuing a new card revokes the previous one first.
create unique index card_one_unrevoked_per_resident on card (resident_id) where revoked_at is null;
