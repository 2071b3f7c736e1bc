package io.eventboard.application.testing;

import io.eventboard.domain.idempotency.IdempotencyKey;
import io.eventboard.domain.idempotency.IdempotencyRecord;
import io.eventboard.domain.idempotency.IdempotencyRecords;
import io.eventboard.domain.idempotency.RecordedAnswer;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * {@link IdempotencyRecords} over the in-memory database, as the {@code idempotency_keys} table behaves: one row
 * per (owner, key), written when claimed and answered in the same transaction, rolled back with it.
 */
public final class InMemoryIdempotencyRecords implements IdempotencyRecords {

    /** A row: the request a key was claimed for, its answer once stored, and when it was claimed. */
    record Use(String request, RecordedAnswer answer, Instant createdAt) {
    }

    private final InMemoryDatabase db;

    public InMemoryIdempotencyRecords(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<IdempotencyRecord> claim(IdempotencyKey key, String request, Instant now, Instant keptSince) {
        return db.write("IdempotencyRecords.claim", t -> {
            Use earlier = t.idempotencyKeys.get(key);
            if (earlier != null && !earlier.createdAt().isBefore(keptSince)) {
                if (earlier.answer() == null) {
                    throw new IllegalStateException("key " + key + " is claimed but was never answered");
                }
                return Optional.of(new IdempotencyRecord(key, earlier.request(), earlier.answer(),
                        earlier.createdAt()));
            }
            t.idempotencyKeys.put(key, new Use(request, null, now));
            return Optional.empty();
        });
    }

    @Override
    public void answer(IdempotencyKey key, RecordedAnswer answer) {
        db.change("IdempotencyRecords.answer", t -> {
            Use claimed = t.idempotencyKeys.get(key);
            if (claimed == null) {
                throw new IllegalStateException("key " + key + " was not claimed");
            }
            t.idempotencyKeys.put(key, new Use(claimed.request(), answer, claimed.createdAt()));
        });
    }

    @Override
    public int forget(Instant before, int limit) {
        return db.write("IdempotencyRecords.forget", t -> {
            int forgotten = 0;
            Iterator<Map.Entry<IdempotencyKey, Use>> rows = t.idempotencyKeys.entrySet().iterator();
            while (rows.hasNext() && forgotten < limit) {
                if (rows.next().getValue().createdAt().isBefore(before)) {
                    rows.remove();
                    forgotten++;
                }
            }
            return forgotten;
        });
    }

    // ---- for tests ----

    public int size() {
        return db.read(t -> t.idempotencyKeys.size());
    }
}
