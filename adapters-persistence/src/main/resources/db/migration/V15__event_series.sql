-- Recurring events: a series remembers how its occurrences were laid out; each occurrence is an ordinary event
-- (own seats, own status) that points at its series. A series ends either on a date or instant, or after a count.
CREATE TABLE event_series (
    id           uuid        PRIMARY KEY,
    frequency    text        NOT NULL CHECK (frequency IN ('DAILY', 'WEEKLY')),
    interval     integer     NOT NULL CHECK (interval BETWEEN 1 AND 52),
    until_date   date,
    until_at     timestamptz,
    count        integer     CHECK (count BETWEEN 1 AND 366),
    organizer_id uuid        NOT NULL REFERENCES users (id),
    created_at   timestamptz NOT NULL,
    CONSTRAINT event_series_one_end CHECK (num_nonnulls(until_date, until_at, count) = 1)
);

ALTER TABLE events ADD COLUMN series_id uuid REFERENCES event_series (id);

-- The occurrences of a series, by start: the series resource and "this and the following" edits read them so.
CREATE INDEX events_series_idx ON events (series_id, starts_at) WHERE series_id IS NOT NULL;
