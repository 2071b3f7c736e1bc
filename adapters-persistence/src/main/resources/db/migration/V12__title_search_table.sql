-- Title search moves out of events into a table of its own. Every update of an event row that touches an indexed
-- column (a booking's seat count, the status sweep) is non-HOT and adds an entry to every index of events; for the
-- trigram index that is one posting per trigram of the title (about twenty), and flushing GIN's pending list into
-- a large index read and dirtied more pages than all other indexes together: 40% of a status sweep batch on a
-- million events. Titles rarely change, so the trigram index now lives on a copy of the lowered title that only a
-- new event or a new title writes, kept by triggers so that every writer (the API, the provider sync, scripts)
-- keeps it.
CREATE TABLE event_titles (
    event_id uuid PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    title    text NOT NULL
);
INSERT INTO event_titles (event_id, title) SELECT id, lower(title) FROM events;

-- Inserts are copied per statement, so a bulk import adds its titles in one set-based insert.
CREATE FUNCTION events_copy_new_titles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO event_titles (event_id, title) SELECT id, lower(title) FROM inserted;
    RETURN NULL;
END
$$;
CREATE TRIGGER events_title_on_insert AFTER INSERT ON events
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION events_copy_new_titles();

-- Updates per row and only when the title changed: a statement trigger with a transition table would capture
-- every updated row of every booking.
CREATE FUNCTION events_copy_changed_title() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE event_titles SET title = lower(NEW.title) WHERE event_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER events_title_on_update AFTER UPDATE OF title ON events
    FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title) EXECUTE FUNCTION events_copy_changed_title();

-- The planner's guess of how many titles contain a text: see V4 (1000 buckets bring its floor to 0.1%).
ALTER TABLE event_titles ALTER COLUMN title SET STATISTICS 1000;

DROP INDEX IF EXISTS events_title_trgm_idx;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX event_titles_trgm_idx ON event_titles USING gin (title gin_trgm_ops);
    ELSE
        RAISE NOTICE 'pg_trgm is not installed (see V2): event_titles_trgm_idx not created';
    END IF;
END
$$;

-- A common text is checked on events' own title while a listing walks its order (EventListing): the planner needs
-- to know how common it is, which statistics on the expression tell it (they came with the expression index
-- before). 1000 buckets, as above.
CREATE STATISTICS events_title_lower_stats ON (lower(title)) FROM events;
ALTER STATISTICS events_title_lower_stats SET STATISTICS 1000;
