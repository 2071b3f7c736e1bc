package io.eventboard.application.idempotency;

import io.eventboard.domain.common.Rejection;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.idempotency.IdempotencyKey;
import io.eventboard.domain.idempotency.IdempotencyRecord;
import io.eventboard.domain.idempotency.IdempotencyRecords;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a request at most once per {@code Idempotency-Key}: the key is claimed, the work done and its answer
 * stored in one transaction, so a retry (or a duplicate sent at the same moment, which waits for the first)
 * gets the first answer instead of doing the work again. A key is kept for {@link #KEPT}. Work that throws
 * rolls back with its key, so a retry tries again.
 */
public final class IdempotentRequests {

    public static final Duration KEPT = Duration.ofHours(24);
    public static final String KEY_REUSED = "idempotency.key-reused";

    private final Transactions transactions;
    private final IdempotencyRecords records;
    private final int batchSize;
    private final Clock clock;

    public IdempotentRequests(Transactions transactions, IdempotencyRecords records, int batchSize, Clock clock) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("need a positive batch size: " + batchSize);
        }
        this.transactions = transactions;
        this.records = records;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /**
     * The answer to {@code request}: the work's, or, when {@code key} was used for the same request within
     * {@link #KEPT}, the answer it got then. A key used for another request is refused.
     */
    public <A> Result<A> answer(Optional<IdempotencyKey> key, String request, Supplier<A> work,
                                AnswerCodec<A> codec) {
        if (key.isEmpty()) {
            return Result.accepted(work.get());
        }
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<IdempotencyRecord> earlier = records.claim(key.get(), request, now, now.minus(KEPT));
            if (earlier.isPresent()) {
                return earlier.get().answers(request)
                        ? Result.accepted(codec.replay(earlier.get().answer()))
                        : Result.rejected(Rejection.unprocessable(KEY_REUSED, "this Idempotency-Key was used for "
                                + "another request within the last " + KEPT.toHours() + " hours"));
            }
            A answer = work.get();
            records.answer(key.get(), codec.record(answer));
            return Result.accepted(answer);
        });
    }

    /** Forgets keys older than {@link #KEPT}, a batch per transaction; returns how many. */
    public long forgetExpired() {
        Instant before = clock.instant().minus(KEPT);
        long forgotten = 0;
        int batch;
        do {
            batch = transactions.inTransaction(() -> records.forget(before, batchSize));
            forgotten += batch;
        } while (batch == batchSize);
        return forgotten;
    }
}
