-- Each venue's IANA time zone (Europe/Madrid); the application checks the name. Events keep UTC instants and
-- are read in their venue's zone. Existing venues, and venues provider sync creates, are in UTC.
ALTER TABLE venues ADD COLUMN time_zone text NOT NULL DEFAULT 'UTC';
