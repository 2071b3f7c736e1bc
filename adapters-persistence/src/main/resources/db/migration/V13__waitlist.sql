-- Waitlists (issue 9). A seat held for a waitlist offer counts in seats_booked like a booked one, so the existing
-- events_seats_within_capacity check keeps active bookings plus held offers within the capacity.
ALTER TABLE events
    ADD COLUMN waitlist_mode               text   NOT NULL DEFAULT 'AUTO' CHECK (waitlist_mode IN ('AUTO', 'OFFER')),
    ADD COLUMN waitlist_offer_hold_seconds bigint NOT NULL DEFAULT 43200
        CHECK (waitlist_offer_hold_seconds BETWEEN 60 AND 2592000);

-- The line: one place per user and event (the primary key), in the order people joined (seq). Entries leave
-- the table when their holder books, leaves or lets an offer expire.
CREATE TABLE waitlist_entries (
    event_id         uuid        NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id          uuid        NOT NULL REFERENCES users (id),
    seq              bigint      GENERATED ALWAYS AS IDENTITY,
    status           text        NOT NULL CHECK (status IN ('WAITING', 'OFFERED')),
    joined_at        timestamptz NOT NULL,
    offer_expires_at timestamptz,
    PRIMARY KEY (event_id, user_id),
    CONSTRAINT waitlist_entries_expiry_when_offered CHECK ((status = 'OFFERED') = (offer_expires_at IS NOT NULL))
);
CREATE UNIQUE INDEX waitlist_entries_line_idx ON waitlist_entries (event_id, seq);
CREATE INDEX waitlist_entries_user_idx ON waitlist_entries (user_id);
-- The expiry job walks only the open offers.
CREATE INDEX waitlist_entries_offers_due_idx ON waitlist_entries (offer_expires_at) WHERE status = 'OFFERED';

ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
    CHECK (kind IN ('BOOKING_CONFIRMED', 'BOOKING_CANCELLED', 'EVENT_REMINDER', 'EVENT_CANCELLED', 'EVENT_CHANGED',
                    'WAITLIST_PROMOTED', 'WAITLIST_OFFERED', 'CUSTOM'));
