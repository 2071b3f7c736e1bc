package io.eventboard.persistence.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.idempotency.IdempotencyKey;
import io.eventboard.domain.idempotency.IdempotencyRecord;
import io.eventboard.domain.idempotency.IdempotencyRecords;
import io.eventboard.domain.idempotency.RecordedAnswer;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.testing.DirectSql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresIdempotencyRecordsTest extends DatabaseTest {

    private static final Instant NOW = TestTime.NOW;
    private static final Instant KEPT_SINCE = NOW.minus(Duration.ofDays(1));
    private static final IdempotencyKey KEY = new IdempotencyKey("ann", "k-1");
    private static final RecordedAnswer CREATED = new RecordedAnswer(201, "application/json", "{\"id\":1}");

    @Inject
    IdempotencyRecords records;
    @Inject
    Transactions transactions;

    private Optional<IdempotencyRecord> claimAndAnswer(IdempotencyKey key, Instant now, RecordedAnswer answer) {
        return transactions.inTransaction(() -> {
            Optional<IdempotencyRecord> earlier = records.claim(key, "POST /book", now, now.minus(Duration.ofDays(1)));
            if (earlier.isEmpty()) {
                records.answer(key, answer);
            }
            return earlier;
        });
    }

    @Test
    void a_free_key_is_claimed_and_its_answer_is_what_the_next_claim_reads() {
        assertThat(claimAndAnswer(KEY, NOW, CREATED)).isEmpty();

        Optional<IdempotencyRecord> earlier = claimAndAnswer(KEY, NOW.plusSeconds(5), CREATED);

        assertThat(earlier).contains(new IdempotencyRecord(KEY, "POST /book", CREATED, NOW));
    }

    @Test
    void an_expired_key_is_taken_over() {
        claimAndAnswer(KEY, NOW, CREATED);
        Instant aDayLater = NOW.plus(Duration.ofDays(1)).plusSeconds(1);

        assertThat(claimAndAnswer(KEY, aDayLater, new RecordedAnswer(409, "application/problem+json", "{}")))
                .isEmpty();
        assertThat(claimAndAnswer(KEY, aDayLater, CREATED).orElseThrow().answer().status()).isEqualTo(409);
    }

    @Test
    void a_second_claim_while_the_first_is_open_waits_and_then_reads_the_first_answer() throws Exception {
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        CompletableFuture<Optional<IdempotencyRecord>> first = CompletableFuture.supplyAsync(() ->
                transactions.inTransaction(() -> {
                    Optional<IdempotencyRecord> earlier = records.claim(KEY, "POST /book", NOW, KEPT_SINCE);
                    firstClaimed.countDown();
                    await(secondStarted);
                    sleep(Duration.ofMillis(300)); // the second is now blocked on the key
                    records.answer(KEY, CREATED);
                    return earlier;
                }));
        await(firstClaimed);
        CompletableFuture<Optional<IdempotencyRecord>> second = CompletableFuture.supplyAsync(() ->
                transactions.inTransaction(() -> {
                    secondStarted.countDown();
                    return records.claim(KEY, "POST /book", NOW, KEPT_SINCE);
                }));

        assertThat(first.get(10, TimeUnit.SECONDS)).isEmpty();
        assertThat(second.get(10, TimeUnit.SECONDS).orElseThrow().answer()).isEqualTo(CREATED);
    }

    @Test
    void a_rolled_back_claim_leaves_the_key_free() {
        try {
            transactions.inTransaction(() -> {
                records.claim(KEY, "POST /book", NOW, KEPT_SINCE);
                throw new IllegalStateException("the work failed");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }

        assertThat(claimAndAnswer(KEY, NOW, CREATED)).isEmpty();
    }

    @Test
    void forgetting_deletes_only_keys_older_than_the_cut_off_a_batch_at_a_time() {
        for (int i = 0; i < 5; i++) {
            claimAndAnswer(new IdempotencyKey("ann", "old-" + i), NOW.minus(Duration.ofDays(2)), CREATED);
        }
        claimAndAnswer(KEY, NOW, CREATED);

        int first = transactions.inTransaction(() -> records.forget(KEPT_SINCE, 3));
        int second = transactions.inTransaction(() -> records.forget(KEPT_SINCE, 3));

        assertThat(first).isEqualTo(3);
        assertThat(second).isEqualTo(2);
        assertThat(DirectSql.number("SELECT count(*) FROM idempotency_keys")).isEqualTo(1L);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
