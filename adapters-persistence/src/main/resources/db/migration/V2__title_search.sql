-- Substring search on event titles (ILIKE '%kotlin%') needs a trigram index. pg_trgm ships with PostgreSQL's
-- contrib package and is a trusted extension, but a managed server may lack it or refuse it: then title
-- search still works, only without the index, and the migration must not fail for it.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE INDEX events_title_trgm_idx ON events USING gin (lower(title) gin_trgm_ops);
    ELSE
        RAISE NOTICE 'pg_trgm is not available: events_title_trgm_idx not created';
    END IF;
EXCEPTION
    WHEN insufficient_privilege THEN
        RAISE NOTICE 'no privilege to create pg_trgm: events_title_trgm_idx not created';
END
$$;
