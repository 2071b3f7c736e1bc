-- Idempotency-Key: what a request sent under a key was answered, kept for a day (IdempotentRequests.KEPT), so a
-- retry gets the first answer. The row is written and answered in the transaction of the request's own work;
-- the primary key makes a second request with the same key wait for the first and then read its answer.
CREATE TABLE idempotency_keys (
    owner        text        NOT NULL,
    key          text        NOT NULL CHECK (char_length(key) BETWEEN 1 AND 200),
    request      text        NOT NULL,
    status       integer     CHECK (status BETWEEN 100 AND 599),
    content_type text,
    body         text,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (owner, key)
);

-- Forgetting expired keys walks them oldest first.
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
