package io.eventboard.provider;

/**
 * One call of the feed failed. A retryable failure (a timeout, a lost connection, a 5xx or a 429) is retried
 * with backoff and counts towards opening the circuit breaker; any other (a 4xx) would fail the same way
 * again, so it is neither retried nor held against the provider's health.
 */
final class FeedCallFailed extends RuntimeException {

    private final boolean retryable;

    private FeedCallFailed(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    static FeedCallFailed retryable(String message, Throwable cause) {
        return new FeedCallFailed(message, true, cause);
    }

    static FeedCallFailed permanent(String message) {
        return new FeedCallFailed(message, false, null);
    }

    boolean isRetryable() {
        return retryable;
    }
}
