package io.eventboard.domain.notification;

import java.time.Duration;
import java.util.Objects;

/**
 * Exponential backoff with jitter and a bounded number of attempts. The delay after attempt {@code n} is
 * {@code base × 2^(n-1)} stretched by a jitter factor in [1, 2) and capped at {@code maxDelay}. Because the
 * stretch stays below the doubling, delays never shrink from one attempt to the next, whatever the jitter,
 * while retries of many notifications still spread out instead of arriving in waves.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(10), Duration.ofHours(1));

    public RetryPolicy {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt is needed: " + maxAttempts);
        }
        if (baseDelay.isNegative() || baseDelay.isZero() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("need 0 < base delay <= max delay: " + baseDelay + ", " + maxDelay);
        }
    }

    public boolean allowsAnotherAttempt(int attemptsMade) {
        return attemptsMade < maxAttempts;
    }

    /**
     * How long to wait after {@code attemptsMade} failed attempts.
     *
     * @param jitter a random number in [0, 1)
     */
    public Duration delayAfter(int attemptsMade, double jitter) {
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1): " + jitter);
        }
        int doublings = Math.max(0, Math.min(attemptsMade - 1, 40));
        double nominalMillis = baseDelay.toMillis() * Math.pow(2, doublings) * (1 + jitter);
        long capped = (long) Math.min(nominalMillis, maxDelay.toMillis());
        return Duration.ofMillis(capped);
    }
}
