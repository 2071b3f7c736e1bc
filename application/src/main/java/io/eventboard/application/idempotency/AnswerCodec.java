package io.eventboard.application.idempotency;

import io.eventboard.domain.idempotency.RecordedAnswer;

/** How an adapter's answer (an HTTP response, say) is kept, and rebuilt for a retry. */
public interface AnswerCodec<A> {

    RecordedAnswer record(A answer);

    A replay(RecordedAnswer recorded);
}
