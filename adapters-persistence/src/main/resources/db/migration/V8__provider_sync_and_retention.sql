-- Provider sync and retention (issue #6).

-- When an event became completed or cancelled: retention counts from here, so a rating given after the end
-- (which changes updated_at) does not postpone the purge. A trigger keeps it for every writer (the status
-- sweep, an update through the domain, a script): it takes updated_at of the row that made the status final,
-- which is the application's clock at that change, and clears it if the row is ever live again.
ALTER TABLE events ADD COLUMN finished_at timestamptz;
UPDATE events SET finished_at = updated_at WHERE status IN ('COMPLETED', 'CANCELLED');
ALTER TABLE events ADD CONSTRAINT events_finished_when_final
    CHECK ((status IN ('COMPLETED', 'CANCELLED')) = (finished_at IS NOT NULL));

CREATE FUNCTION events_note_finish() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status NOT IN ('COMPLETED', 'CANCELLED') THEN
        NEW.finished_at := NULL;
    ELSIF TG_OP = 'INSERT' OR OLD.status NOT IN ('COMPLETED', 'CANCELLED') THEN
        NEW.finished_at := NEW.updated_at;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER events_finish_on_insert BEFORE INSERT ON events
    FOR EACH ROW EXECUTE FUNCTION events_note_finish();
CREATE TRIGGER events_finish_on_status BEFORE UPDATE OF status ON events
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION events_note_finish();

-- The purge walks finished events oldest first; it replaces the index on updated_at that served it before.
DROP INDEX events_finished_updated_idx;
CREATE INDEX events_finished_idx ON events (finished_at) WHERE finished_at IS NOT NULL;

-- The event a notification is about. Retention deletes the delivered ones with their event; the others stay
-- (ON DELETE SET NULL), as they do when an organizer deletes an event and its attendees are still being told.
ALTER TABLE notifications ADD COLUMN event_id uuid REFERENCES events (id) ON DELETE SET NULL;
CREATE INDEX notifications_event_idx ON notifications (event_id) WHERE event_id IS NOT NULL;
-- Notifications stored before this migration name their event in the dedupe key (Notices): the event itself,
-- or the booking of a booking notice.
UPDATE notifications n SET event_id = e.id
FROM events e
WHERE n.dedupe_key ~ '^(event-cancelled|event-changed|reminder):[0-9a-f-]{36}:'
  AND e.id = substring(n.dedupe_key FROM '^[a-z-]+:([0-9a-f-]{36}):')::uuid;
UPDATE notifications n SET event_id = b.event_id
FROM bookings b
WHERE n.dedupe_key ~ '^booking-(confirmed|cancelled):[0-9a-f-]{36}:'
  AND b.id = substring(n.dedupe_key FROM '^[a-z-]+:([0-9a-f-]{36}):')::uuid;

-- One row per events provider: who runs its sync now (a claim that expires, so a dead runner does not block
-- the next), how far its feed is imported (the checkpoint: the latest changed_at of a run that read the feed
-- to its end) and how the last run went.
CREATE TABLE provider_syncs (
    provider          text        PRIMARY KEY CHECK (char_length(provider) BETWEEN 1 AND 50),
    claimed_by        text,
    claimed_until     timestamptz,
    checkpoint        timestamptz,
    last_started_at   timestamptz,
    last_finished_at  timestamptz,
    last_changed_since timestamptz,
    last_created      bigint      CHECK (last_created >= 0),
    last_updated      bigint      CHECK (last_updated >= 0),
    last_unchanged    bigint      CHECK (last_unchanged >= 0),
    last_failed       bigint      CHECK (last_failed >= 0),
    last_interruption text        CHECK (char_length(last_interruption) <= 1000),
    CONSTRAINT provider_syncs_claim_complete CHECK ((claimed_by IS NULL) = (claimed_until IS NULL))
);
