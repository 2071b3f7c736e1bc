package io.eventboard.domain.idempotency;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: the keys clients sent with their requests and the answers they got. Claiming and answering happen in
 * the transaction of the request's own work, so a key is answered exactly when that work committed.
 */
public interface IdempotencyRecords {

    /**
     * Takes {@code key} for {@code request} and returns empty; or, when the key was used at or after
     * {@code keptSince}, returns that earlier use and takes nothing. Of two transactions claiming one key at
     * once, the second waits for the first to end, then sees its answer (or the key free, after a rollback).
     * An older use no longer counts: the key is taken afresh.
     */
    Optional<IdempotencyRecord> claim(IdempotencyKey key, String request, Instant now, Instant keptSince);

    /** Stores the answer to a key claimed in this transaction. */
    void answer(IdempotencyKey key, RecordedAnswer answer);

    /** Deletes up to {@code limit} keys used before {@code before}; returns how many. */
    int forget(Instant before, int limit);
}
