-- Check-ins: one row per person admitted or refused at a venue. Partitioned by the local day of the check-in, so
-- that retention drops whole days (a cheap DROP TABLE) instead of deleting rows. Partitions named check_in_YYYYMMDD
-- are created ahead of time by CheckInPartitions, and on demand before the first write of a day.
create table check_in (
    id                     uuid        not null,
    day                    date        not null,
    venue_id               uuid        not null references venue (id),
    resident_id            uuid        not null references resident (id),
    entrance_id            uuid        references venue_entrance (id),
    checked_in_at          timestamptz not null,
    checked_out_at         timestamptz,
    estimated_stay_minutes integer     check (estimated_stay_minutes > 0),
    method                 text        not null check (method in ('POSTER', 'ROTATING_CODE', 'DEVICE', 'STAFF_SCAN',
                                           'ID_DOCUMENT', 'CARD')),
    confidence             text        not null check (confidence in ('LOW', 'HIGH')),
    decision               text        not null check (decision in ('ALLOW', 'DENY')),
    reason                 text        not null,
    recorded_by            text        not null,
    -- Set on the check-in of a person brought along by another (a guardian's dependant).
    accompanied_by         uuid,
    primary key (day, id),
    check (checked_out_at is null or checked_out_at >= checked_in_at)
) partition by range (day);

create index check_in_resident on check_in (resident_id, checked_in_at);
create index check_in_venue on check_in (venue_id, checked_in_at);
