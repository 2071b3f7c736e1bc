-- Private calendar feed links: one live link per user, known only by the SHA-256 of its secret (the link is the
-- access: calendar programs subscribe without logging in). A new link replaces the row, so the old one stops.
CREATE TABLE calendar_feeds (
    user_id     uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    secret_hash text        NOT NULL UNIQUE CHECK (secret_hash ~ '^[0-9a-f]{64}$'),
    created_at  timestamptz NOT NULL
);
