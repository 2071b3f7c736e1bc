-- Indexes for the read side: GET /api/events (filters, sorts, offset and keyset paging), my upcoming events,
-- booking history. Every order a listing offers is total: the sort value, then the id. So each ordering index
-- ends in id, and keyset paging ("continue after (value, id)") becomes one index range scan.
--
-- Write cost matters: a booking updates its event row, and that update already changes an indexed column
-- (updated_at, in events_finished_updated_idx), so it is never HOT and inserts into every index of events.
-- Hence the indexes V1 had for the same purpose and that the composite ones below cover (same leading column)
-- are dropped rather than kept alongside; seats_booked appears only in the predicates of two partial indexes.

-- The average rating as a column, so that sort and filter use one index and the same value the domain computes
-- (RatingSummary.average: sum / count as a double, 0 when nobody rated). Doubles compare exactly, so a keyset
-- cursor carrying the value finds its place again.
ALTER TABLE events
    ADD COLUMN rating_avg double precision NOT NULL
        GENERATED ALWAYS AS (CASE WHEN rating_count = 0 THEN 0 ELSE rating_sum::double precision / rating_count END)
        STORED;

-- Sorts: START is (starts_at, id); CREATED and RATING follow ties by start (EventOrder). With starts_at inside them,
-- these indexes also check a from/to filter while they are walked in their order, without visiting the table for
-- the rows outside the range (upcoming events sorted by rating pass all rated, past, events first).
DROP INDEX events_starts_at_idx;
CREATE INDEX events_start_idx ON events (starts_at, id);
DROP INDEX events_created_at_idx;
CREATE INDEX events_created_idx ON events (created_at, starts_at, id);
CREATE INDEX events_rating_idx ON events (rating_avg, starts_at, id);

-- Status, then each order. Much of what a listing filters on goes with the status: future events are scheduled
-- (and unrated), rated events are completed (see the check below). Walking the plain order indexes and skipping
-- the events of the other statuses would pass hundreds of thousands of rows before the first match (a scheduled
-- event sorted by rating, an open event sorted by creation); with the status first it is one range. Serves the
-- STATUS sort (status, start), the open filter in orders other than start, and the sweep's
-- "scheduled and due" (events_scheduled_start_idx of V1 held the same rows in the same order).
DROP INDEX events_status_starts_at_idx;
DROP INDEX events_scheduled_start_idx;
CREATE INDEX events_status_start_idx ON events (status, starts_at, id);
CREATE INDEX events_status_created_idx ON events (status, created_at, starts_at, id);
CREATE INDEX events_status_rating_idx ON events (status, rating_avg, starts_at, id);

-- Only completed events are rated (RatingPolicy); the schema now says so too. The listing relies on it: a minimum
-- rating above 0 also asks for status COMPLETED, which lets it use the status indexes above.
ALTER TABLE events
    ADD CONSTRAINT events_rated_only_when_completed CHECK (rating_count = 0 OR status = 'COMPLETED');

-- Title search: how many titles contain a text, PostgreSQL guesses from the histogram of lower(title), and it never
-- guesses fewer than one bucket's worth. With the default 100 buckets that is 1% of all events, so a rare word
-- ("coroutines", 0.1%) looked common and the planner walked the whole start index instead of asking the trigram
-- index (seconds instead of milliseconds on 1M events). 1000 buckets bring the floor to 0.1%; the price is a
-- larger sample when events are analyzed. The index exists only where pg_trgm does (V2).
ALTER INDEX IF EXISTS events_title_trgm_idx ALTER COLUMN 1 SET STATISTICS 1000;

-- Equality filters, each followed by the default order, so "this venue's events by start" reads the first page
-- straight off the index. The leading column also serves the foreign keys.
DROP INDEX events_venue_idx;
CREATE INDEX events_venue_start_idx ON events (venue_id, starts_at, id);
DROP INDEX events_channel_idx;
CREATE INDEX events_channel_start_idx ON events (channel_id, starts_at, id);
DROP INDEX events_organizer_idx;
CREATE INDEX events_organizer_start_idx ON events (organizer_id, starts_at, id);

-- "Open" events (scheduled, with a free seat) are what most visitors browse. Only those rows are in it; an event
-- leaves it when it sells out or starts, so it stays small and a count of open events is an index-only scan.
CREATE INDEX events_open_start_idx ON events (starts_at, id)
    WHERE status = 'SCHEDULED' AND seats_booked < capacity;

-- Sold-out events (has free seats: false) may be rare, and no other index finds them. Only sold-out rows are in
-- it: a booking adds an entry only when it takes the last seat. The opposite, "has free seats", matches most
-- events and is deliberately not indexed: an index of nearly every row, changed by every booking, would be read
-- no faster than the table (the listing walks its sort index and skips the few full events).
CREATE INDEX events_sold_out_start_idx ON events (starts_at, id) WHERE seats_booked >= capacity;

-- City filter: venues of a city (the unique index on (lower(name), lower(city)) cannot serve city alone).
CREATE INDEX venues_city_idx ON venues (lower(city));

-- Tag filter from the tag's side: the event ids of a tag without visiting event_tags rows.
DROP INDEX event_tags_tag_idx;
CREATE INDEX event_tags_tag_event_idx ON event_tags (tag_id, event_id);

-- Booking history: a user's bookings newest first, read off the index in order.
DROP INDEX bookings_user_idx;
CREATE INDEX bookings_user_created_idx ON bookings (user_id, created_at, id);
