-- Scanning devices at venue gates and desks ("digital sentinels"). Each has its own key, shown once to the operator
-- and stored only as a SHA-256 hash; an operator revokes a device by setting revoked_at.
create table venue_device (
    id          uuid        primary key,
    venue_id    uuid        not null references venue (id),
    name        text        not null check (length(name) between 1 and 100),
    key_hash    char(64)    not null unique,
    created_at  timestamptz not null,
    created_by  uuid        not null references staff_account (id),
    revoked_at  timestamptz,
    unique (venue_id, name)
);

-- Request ids a device has used, so a replayed request is refused; kept a while beyond the accepted clock skew.
create table venue_device_request (
    device_id   uuid        not null references venue_device (id),
    request_id  text        not null check (length(request_id) between 8 and 64),
    received_at timestamptz not null,
    primary key (device_id, request_id)
);

create index venue_device_request_received on venue_device_request (received_at);
