package io.eventboard.domain.notification;

import java.time.Duration;

/** What a sender reports about one attempt. */
public sealed interface Delivery permits Delivery.Delivered, Delivery.Failed {

    record Delivered() implements Delivery {
    }

    /**
     * The attempt failed. {@code retryable} is false when trying again cannot help (a 4xx from the peer, an
     * address that does not exist); {@code retryAfter} is the peer's own request to wait, or null.
     */
    record Failed(String error, boolean retryable, Duration retryAfter) implements Delivery {
    }

    static Delivery delivered() {
        return new Delivered();
    }

    static Delivery retryable(String error) {
        return new Failed(error, true, null);
    }

    static Delivery permanent(String error) {
        return new Failed(error, false, null);
    }
}
