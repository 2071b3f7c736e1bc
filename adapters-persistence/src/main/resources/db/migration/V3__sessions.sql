-- Refresh tokens of the logged-in sessions. Only the SHA-256 hash of a token is stored (64 lower-case hex
-- characters), so a copy of this table cannot be used to log in. A token is used once: refreshing or logging
-- out sets revoked_at, and the statement that does so is the one that checks the token is live. Deleting a user
-- ends all their sessions.
CREATE TABLE refresh_tokens (
    token_hash text        PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz
);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);
