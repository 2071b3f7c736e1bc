package io.eventboard.domain.provider;

/**
 * The provider could not answer a page: it kept failing or timing out after the retries, its circuit breaker
 * is open, or it answered something that is not a feed page. A sync that meets it stops, keeps what it
 * imported so far and does not move its checkpoint, so the next run picks the feed up again.
 */
public final class ProviderUnavailable extends RuntimeException {

    public ProviderUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    public ProviderUnavailable(String message) {
        super(message);
    }
}
