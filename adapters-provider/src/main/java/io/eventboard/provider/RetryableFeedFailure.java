package io.eventboard.provider;

import io.micronaut.retry.annotation.RetryPredicate;

/** Which failures {@link FeedClient} retries and its circuit breaker counts: the retryable ones. */
public final class RetryableFeedFailure implements RetryPredicate {

    @Override
    public boolean test(Throwable failure) {
        return failure instanceof FeedCallFailed call && call.isRetryable();
    }
}
