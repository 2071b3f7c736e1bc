package io.eventboard.application.notification.dispatch;

import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import java.time.Duration;

/**
 * Port: what the dispatcher reports for monitoring. Every call of a sender is timed; every outcome the
 * dispatcher stored under its lease is counted once, by its new status (SENT, QUEUED for a retry, FAILED).
 */
public interface DispatchMetrics {

    DispatchMetrics NONE = new DispatchMetrics() {
        @Override
        public void sendTimed(DeliveryChannel channel, Duration took) {
            // not measured
        }

        @Override
        public void recorded(Notification outcome) {
            // not counted
        }
    };

    void sendTimed(DeliveryChannel channel, Duration took);

    void recorded(Notification outcome);
}
