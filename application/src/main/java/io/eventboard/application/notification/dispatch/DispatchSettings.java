package io.eventboard.application.notification.dispatch;

import io.eventboard.domain.notification.RetryPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * How a dispatcher works: how many notifications it claims at once, how long its claim (lease) lasts before
 * another dispatcher may take the notification over, its retry policy, and its name in the claims.
 */
public record DispatchSettings(int batchSize, Duration lease, RetryPolicy retryPolicy, String worker) {

    public DispatchSettings {
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(worker, "worker");
        if (batchSize < 1 || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("need a positive batch size and lease: " + batchSize + ", " + lease);
        }
    }
}
