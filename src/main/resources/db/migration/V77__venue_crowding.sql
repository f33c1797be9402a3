-- Flows and crowding (docs/venues.md, "Flows and crowding").
--
-- The crowding level each venue was last seen at: NORMAL, BUSY (occupancy reached the busy share of capacity) or
-- FULL (reached the full share). A venue without a row is NORMAL. Kept so that an alert is raised once per crossing
-- into a higher level, not once per scan or per look at the figures.
create table venue_crowding (
    venue_id   uuid        primary key references venue (id),
    level      text        not null check (level in ('NORMAL', 'BUSY', 'FULL')),
    occupancy  integer     not null check (occupancy >= 0),
    changed_at timestamptz not null
);

-- One row per crossing into BUSY or FULL, shown to the venue's operator and staff.
create table venue_crowding_alert (
    id        uuid        primary key,
    venue_id  uuid        not null references venue (id),
    level     text        not null check (level in ('BUSY', 'FULL')),
    occupancy integer     not null check (occupancy >= 0),
    capacity  integer     not null check (capacity > 0),
    raised_at timestamptz not null
);

create index venue_crowding_alert_venue on venue_crowding_alert (venue_id, raised_at desc);
