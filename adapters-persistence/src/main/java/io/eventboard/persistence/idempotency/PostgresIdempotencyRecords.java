package io.eventboard.persistence.idempotency;

import io.eventboard.domain.idempotency.IdempotencyKey;
import io.eventboard.domain.idempotency.IdempotencyRecord;
import io.eventboard.domain.idempotency.IdempotencyRecords;
import io.eventboard.domain.idempotency.RecordedAnswer;
import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency keys in PostgreSQL. A claim is one {@code INSERT … ON CONFLICT}: a free key is taken, an expired
 * one taken over; a key another transaction is claiming right now makes this one wait on the primary key until
 * that transaction ends, and then read what it stored.
 */
@Singleton
final class PostgresIdempotencyRecords implements IdempotencyRecords {

    private static final String CLAIM = """
            INSERT INTO idempotency_keys (owner, key, request, created_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (owner, key) DO UPDATE
                SET request = excluded.request, status = NULL, content_type = NULL, body = NULL,
                    created_at = excluded.created_at
                WHERE idempotency_keys.created_at < ?
            RETURNING owner
            """;

    private static final String EARLIER = """
            SELECT request, status, content_type, body, created_at FROM idempotency_keys WHERE owner = ? AND key = ?
            """;

    private static final String ANSWER = """
            UPDATE idempotency_keys SET status = ?, content_type = ?, body = ? WHERE owner = ? AND key = ?
            """;

    /** By row address: the batch's rows are locked, so their addresses hold until the statement ends. */
    private static final String FORGET = """
            DELETE FROM idempotency_keys
            WHERE ctid = ANY (ARRAY(SELECT ctid FROM idempotency_keys WHERE created_at < ?
                                    ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED))
            """;

    private final Sql sql;

    PostgresIdempotencyRecords(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<IdempotencyRecord> claim(IdempotencyKey key, String request, Instant now, Instant keptSince) {
        boolean claimed = sql.one(CLAIM, p -> p.text(key.owner()).text(key.value()).text(request).instant(now)
                .instant(keptSince), row -> row.text("owner")).isPresent();
        if (claimed) {
            return Optional.empty();
        }
        return sql.one(EARLIER, p -> p.text(key.owner()).text(key.value()), row -> new IdempotencyRecord(key,
                row.text("request"), new RecordedAnswer(row.integer("status"), row.text("content_type"),
                row.text("body")), row.instant("created_at")));
    }

    @Override
    public void answer(IdempotencyKey key, RecordedAnswer answer) {
        int updated = sql.update(ANSWER, p -> p.integer(answer.status()).text(answer.contentType())
                .text(answer.body()).text(key.owner()).text(key.value()));
        if (updated != 1) {
            throw new IllegalStateException("idempotency key " + key + " was not claimed");
        }
    }

    @Override
    public int forget(Instant before, int limit) {
        return sql.update(FORGET, p -> p.instant(before).integer(limit));
    }
}
