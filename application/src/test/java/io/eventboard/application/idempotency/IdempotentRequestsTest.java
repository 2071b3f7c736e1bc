package io.eventboard.application.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.common.Rejection;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.idempotency.IdempotencyKey;
import io.eventboard.domain.idempotency.RecordedAnswer;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class IdempotentRequestsTest {

    /** Answers are plain text here; the REST adapter keeps HTTP responses the same way. */
    private static final AnswerCodec<String> TEXT = new AnswerCodec<>() {
        @Override
        public RecordedAnswer record(String answer) {
            return new RecordedAnswer(201, "text/plain", answer);
        }

        @Override
        public String replay(RecordedAnswer recorded) {
            return "again: " + recorded.body();
        }
    };
    private static final String BOOK = "POST /api/events/1/book";
    private static final IdempotencyKey KEY = new IdempotencyKey("ann", "k-1");

    private final TestBoard board = TestBoard.now();
    private final IdempotentRequests requests = board.idempotentRequests();
    private final AtomicInteger runs = new AtomicInteger();
    private final Supplier<String> work = () -> "booking " + runs.incrementAndGet();

    private Result<String> send(Optional<IdempotencyKey> key, String request) {
        return requests.answer(key, request, work, TEXT);
    }

    @Test
    void without_a_key_every_request_does_the_work() {
        send(Optional.empty(), BOOK);
        send(Optional.empty(), BOOK);

        assertThat(runs).hasValue(2);
        assertThat(board.idempotencyRecords().size()).isZero();
    }

    @Test
    void a_retry_with_the_same_key_gets_the_first_answer_without_doing_the_work_again() {
        Result<String> first = send(Optional.of(KEY), BOOK);
        Result<String> retry = send(Optional.of(KEY), BOOK);

        assertThat(first.value()).isEqualTo("booking 1");
        assertThat(retry.value()).isEqualTo("again: booking 1");
        assertThat(runs).hasValue(1);
    }

    @Test
    void the_same_key_of_another_caller_is_another_key() {
        send(Optional.of(KEY), BOOK);
        Result<String> other = send(Optional.of(new IdempotencyKey("bob", KEY.value())), BOOK);

        assertThat(other.value()).isEqualTo("booking 2");
    }

    @Test
    void a_key_used_for_another_request_is_refused_and_nothing_is_done() {
        send(Optional.of(KEY), BOOK);

        Result<String> reused = send(Optional.of(KEY), "POST /api/events/2/book");

        assertThat(reused.rejection().code()).isEqualTo(IdempotentRequests.KEY_REUSED);
        assertThat(reused.rejection().kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
        assertThat(runs).hasValue(1);
    }

    @Test
    void a_key_is_kept_for_a_day_then_the_request_runs_again() {
        send(Optional.of(KEY), BOOK);
        board.advance(IdempotentRequests.KEPT.minusSeconds(1));
        assertThat(send(Optional.of(KEY), BOOK).value()).isEqualTo("again: booking 1");

        board.advance(Duration.ofSeconds(2));

        assertThat(send(Optional.of(KEY), BOOK).value()).isEqualTo("booking 2");
    }

    @Test
    void work_that_fails_leaves_the_key_free_so_a_retry_tries_again() {
        Supplier<String> failing = () -> {
            throw new IllegalStateException("database went away");
        };
        assertThatThrownBy(() -> requests.answer(Optional.of(KEY), BOOK, failing, TEXT))
                .isInstanceOf(IllegalStateException.class);

        assertThat(board.idempotencyRecords().size()).isZero();
        assertThat(send(Optional.of(KEY), BOOK).value()).isEqualTo("booking 1");
    }

    @Test
    void expired_keys_are_forgotten_in_batches_and_kept_ones_stay() {
        for (int i = 0; i < TestBoard.BATCH_SIZE * 2 + 1; i++) {
            send(Optional.of(new IdempotencyKey("ann", "old-" + i)), BOOK);
        }
        board.advance(IdempotentRequests.KEPT.plusMinutes(1));
        send(Optional.of(KEY), BOOK);

        long forgotten = requests.forgetExpired();

        assertThat(forgotten).isEqualTo(TestBoard.BATCH_SIZE * 2 + 1);
        assertThat(board.idempotencyRecords().size()).isEqualTo(1);
    }

    @Test
    void a_key_must_be_short_printable_text() {
        assertThatThrownBy(() -> new IdempotencyKey("ann", " ")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new IdempotencyKey("ann", "x".repeat(IdempotencyKey.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new IdempotencyKey("ann", "line\nbreak")).isInstanceOf(InvalidInput.class);
        assertThat(new IdempotencyKey("ann", "x".repeat(IdempotencyKey.MAX_LENGTH)).value())
                .hasSize(IdempotencyKey.MAX_LENGTH);
    }
}
