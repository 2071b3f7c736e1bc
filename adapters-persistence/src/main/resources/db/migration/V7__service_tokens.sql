-- Service tokens: long-lived credentials for machines (cron jobs, other services), with the scopes they grant
-- ('ops' runs the operations endpoints, 'notify' sends notifications). As with refresh tokens only the SHA-256
-- hash of a token is stored. A revoked token stays listed (revoked_at set) so admins see what existed.
CREATE TABLE service_tokens (
    id           uuid        PRIMARY KEY,
    name         text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    scopes       text[]      NOT NULL CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY['ops', 'notify']::text[]),
    token_hash   text        NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    created_at   timestamptz NOT NULL,
    created_by   uuid        REFERENCES users (id) ON DELETE SET NULL,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
CREATE INDEX service_tokens_created_idx ON service_tokens (created_at DESC);
