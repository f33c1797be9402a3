-- Scanning devices ("digital sentinels") at venue gates and desks, and the nonces of their recent requests.

create table venue_device_key (
    id            uuid primary key,
    venue_id      uuid        not null references venue (id),
    entrance_id   uuid references venue_entrance (id),
    label         text        not null check (length(label) between 1 and 100),
    -- The device's HMAC key, encrypted with the data key (context venue_device_key.key_cipher); never stored in clear.
    key_cipher    bytea       not null,
    registered_at timestamptz not null,
    registered_by uuid        not null references staff_account (id),
    revoked_at    timestamptz,
    revoked_by    uuid references staff_account (id)
);

create index venue_device_key_venue on venue_device_key (venue_id);

-- One row per accepted request nonce; the primary key refuses a replay, on every node sharing this database.
-- Rows older than twice the clock tolerance are deleted: a request that old is refused by its timestamp anyway.
create table device_scan_nonce (
    device_id uuid        not null,
    nonce     text        not null,
    seen_at   timestamptz not null,
    primary key (device_id, nonce)
);

create index device_scan_nonce_seen on device_scan_nonce (seen_at);
