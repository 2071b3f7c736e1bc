-- Eventboard schema. Constraints repeat the domain rules that protect data, so that no code path (a bug, a
-- script, a second server version) can store what the domain would refuse. Instants are timestamptz (UTC);
-- enums are stored as their upper-case names. Ids are UUIDs chosen by the application (time-ordered v7).

CREATE TABLE users (
    id            uuid        PRIMARY KEY,
    username      text        NOT NULL CHECK (char_length(username) BETWEEN 3 AND 50),
    email         text        NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254),
    password_hash text        NOT NULL,
    role          text        NOT NULL CHECK (role IN ('USER', 'ADMIN')),
    enabled       boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL
);
-- "Alice" and "alice" are one person to a human reader; the unique indexes on lower() say so.
CREATE UNIQUE INDEX users_username_key ON users (lower(username));
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE venues (
    id      uuid PRIMARY KEY,
    name    text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    city    text NOT NULL CHECK (char_length(city) BETWEEN 1 AND 100),
    address text CHECK (char_length(address) <= 300)
);
CREATE UNIQUE INDEX venues_name_city_key ON venues (lower(name), lower(city));

CREATE TABLE channels (
    id   uuid PRIMARY KEY,
    name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100)
);
CREATE UNIQUE INDEX channels_name_key ON channels (lower(name));

-- Tag names arrive trimmed and lower-cased (TagNames.normalize), so a plain unique constraint is enough.
CREATE TABLE tags (
    id   uuid PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (char_length(name) BETWEEN 1 AND 50)
);

CREATE TABLE events (
    id                 uuid        PRIMARY KEY,
    title              text        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    description        text        NOT NULL DEFAULT '' CHECK (char_length(description) <= 10000),
    venue_id           uuid        REFERENCES venues (id),
    channel_id         uuid        REFERENCES channels (id),
    starts_at          timestamptz NOT NULL,
    ends_at            timestamptz,
    capacity           integer     NOT NULL CHECK (capacity BETWEEN 0 AND 100000),
    seats_booked       integer     NOT NULL DEFAULT 0,
    status             text        NOT NULL CHECK (status IN ('SCHEDULED', 'ONGOING', 'COMPLETED', 'CANCELLED')),
    rating_count       bigint      NOT NULL DEFAULT 0 CHECK (rating_count >= 0),
    rating_sum         bigint      NOT NULL DEFAULT 0,
    organizer_id       uuid        NOT NULL REFERENCES users (id),
    source_provider    text        CHECK (char_length(source_provider) <= 50),
    source_external_id text        CHECK (char_length(source_external_id) <= 200),
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            bigint      NOT NULL DEFAULT 0,
    CONSTRAINT events_seats_within_capacity CHECK (seats_booked >= 0 AND seats_booked <= capacity),
    CONSTRAINT events_rating_sum_in_range CHECK (rating_sum BETWEEN rating_count AND 5 * rating_count),
    CONSTRAINT events_ends_after_start CHECK (ends_at IS NULL OR ends_at > starts_at),
    CONSTRAINT events_source_complete CHECK ((source_provider IS NULL) = (source_external_id IS NULL))
);
-- One local event per upstream event: a repeated provider sync updates instead of duplicating.
CREATE UNIQUE INDEX events_source_key ON events (source_provider, source_external_id)
    WHERE source_provider IS NOT NULL;

-- Due work. The partial indexes stay small: only events that can still move are in them.
CREATE INDEX events_scheduled_start_idx ON events (starts_at) WHERE status = 'SCHEDULED';
CREATE INDEX events_live_start_idx ON events (starts_at, ends_at) WHERE status IN ('SCHEDULED', 'ONGOING');
CREATE INDEX events_finished_updated_idx ON events (updated_at) WHERE status IN ('COMPLETED', 'CANCELLED');

-- List filters and sorts of GET /api/events.
CREATE INDEX events_starts_at_idx ON events (starts_at);
CREATE INDEX events_status_starts_at_idx ON events (status, starts_at);
CREATE INDEX events_venue_idx ON events (venue_id);
CREATE INDEX events_channel_idx ON events (channel_id);
CREATE INDEX events_organizer_idx ON events (organizer_id);
CREATE INDEX events_created_at_idx ON events (created_at);

CREATE TABLE event_tags (
    event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    tag_id   uuid NOT NULL REFERENCES tags (id),
    PRIMARY KEY (event_id, tag_id)
);
CREATE INDEX event_tags_tag_idx ON event_tags (tag_id);

CREATE TABLE bookings (
    id           uuid        PRIMARY KEY,
    event_id     uuid        NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id      uuid        NOT NULL REFERENCES users (id),
    status       text        NOT NULL CHECK (status IN ('ACTIVE', 'CANCELLED')),
    created_at   timestamptz NOT NULL,
    cancelled_at timestamptz,
    -- The start time the reminder was written for; a moved event no longer matches, which re-arms it.
    reminded_for timestamptz,
    CONSTRAINT bookings_cancelled_at_when_cancelled CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
);
-- At most one active booking per user and event; cancelled ones stay as history. The index also serves
-- "active bookings of an event" (event_id is its leading column), so no separate index is needed for that.
CREATE UNIQUE INDEX bookings_one_active_per_user ON bookings (event_id, user_id) WHERE status = 'ACTIVE';
CREATE INDEX bookings_user_idx ON bookings (user_id);

CREATE TABLE ratings (
    event_id   uuid        NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id    uuid        NOT NULL REFERENCES users (id),
    score      integer     NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment    text        CHECK (char_length(comment) <= 2000),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (event_id, user_id)
);
CREATE INDEX ratings_user_idx ON ratings (user_id);

CREATE TABLE notifications (
    id              uuid        PRIMARY KEY,
    -- A notification outlives its user's account: the send history stays, the link goes.
    user_id         uuid        REFERENCES users (id) ON DELETE SET NULL,
    channel         text        NOT NULL CHECK (channel IN ('EMAIL', 'TELEGRAM', 'WEBHOOK', 'LOG', 'IN_APP')),
    address         text        CHECK (char_length(address) <= 2000),
    kind            text        NOT NULL CHECK (kind IN ('BOOKING_CONFIRMED', 'BOOKING_CANCELLED', 'EVENT_REMINDER',
                                                          'EVENT_CANCELLED', 'EVENT_CHANGED', 'CUSTOM')),
    subject         text        NOT NULL DEFAULT '' CHECK (char_length(subject) <= 200),
    body            text        NOT NULL CHECK (char_length(body) BETWEEN 1 AND 10000),
    priority        integer     NOT NULL,
    dedupe_key      text        NOT NULL UNIQUE,
    status          text        NOT NULL CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'FAILED')),
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error      text,
    created_at      timestamptz NOT NULL,
    scheduled_at    timestamptz,
    next_attempt_at timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    sent_at         timestamptz,
    claimed_by      text,
    claimed_until   timestamptz,
    CONSTRAINT notifications_lease_only_while_sending
        CHECK (status = 'SENDING' OR (claimed_by IS NULL AND claimed_until IS NULL))
);
-- The dispatcher's claim walks this index in dispatch order.
CREATE INDEX notifications_due_idx ON notifications (priority DESC, next_attempt_at) WHERE status = 'QUEUED';
CREATE INDEX notifications_lease_idx ON notifications (claimed_until) WHERE status = 'SENDING';
CREATE INDEX notifications_inbox_idx ON notifications (user_id, created_at DESC);
