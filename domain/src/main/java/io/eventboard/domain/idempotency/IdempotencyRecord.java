package io.eventboard.domain.idempotency;

import java.time.Instant;
import java.util.Objects;

/** A key that was used: for which request (method and path, and what was sent), what it was answered, and when. */
public record IdempotencyRecord(IdempotencyKey key, String request, RecordedAnswer answer, Instant createdAt) {

    public IdempotencyRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A key names one request: sent again with something else, it is a client's mistake, not a retry. */
    public boolean answers(String otherRequest) {
        return request.equals(otherRequest);
    }
}
