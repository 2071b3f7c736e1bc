package io.eventboard.provider;

import io.eventboard.application.provider.status.ProviderCircuit;
import io.micronaut.context.annotation.Requires;
import io.micronaut.retry.event.CircuitClosedEvent;
import io.micronaut.retry.event.CircuitOpenEvent;
import io.micronaut.retry.event.RetryEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows {@link FeedClient}'s circuit breaker through the events Micronaut publishes: logs every retry, the
 * breaker opening (with the failure that opened it) and closing again, and reports its state. The breaker
 * half-opens by itself once {@code PROVIDER_BREAKER_RESET} has passed (the next call is the trial); it
 * publishes no event for that, so the state is worked out here the way the breaker does it.
 */
@Singleton
@Requires(property = ProviderSettings.URL_PROPERTY, pattern = ".*\\S.*")
public class FeedCircuit implements ProviderCircuit {

    private static final Logger LOG = LoggerFactory.getLogger(FeedCircuit.class);

    private final Duration reset;
    private volatile boolean open;
    private volatile long openedAtMillis;

    public FeedCircuit(ProviderSettings settings) {
        this.reset = settings.breakerReset();
    }

    @Override
    public State state() {
        if (!open) {
            return State.CLOSED;
        }
        return System.currentTimeMillis() > openedAtMillis + reset.toMillis() ? State.HALF_OPEN : State.OPEN;
    }

    @EventListener
    void opened(CircuitOpenEvent event) {
        if (isFeed(event.getSource().getDeclaringType())) {
            openedAtMillis = System.currentTimeMillis();
            open = true;
            LOG.warn("provider circuit breaker OPEN: {}; calls to the events provider fail at once for {}",
                    event.getThrowable().getMessage(), reset);
        }
    }

    @EventListener
    void closed(CircuitClosedEvent event) {
        if (isFeed(event.getSource().getDeclaringType())) {
            open = false;
            LOG.info("provider circuit breaker CLOSED: the events provider answers again");
        }
    }

    @EventListener
    void retried(RetryEvent event) {
        if (isFeed(event.getSource().getDeclaringType())) {
            LOG.warn("provider call failed (attempt {} of {}): {}; retrying", event.getRetryState().currentAttempt(),
                    event.getRetryState().getMaxAttempts() + 1, event.getThrowable().getMessage());
        }
    }

    private static boolean isFeed(Class<?> type) {
        return FeedClient.class.isAssignableFrom(type);
    }
}
