package io.eventboard.notify;

import io.eventboard.domain.notification.Delivery;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one log line each send on an external channel writes: the notification id, channel, attempt, outcome,
 * duration and the peer's host. It never names the message, the recipient's address or a secret; the error of
 * a failure is written as the sender reports it, and senders keep secrets out of their errors.
 */
public final class SendLog {

    private static final Logger LOG = LoggerFactory.getLogger("eventboard.notifications.delivery");

    private SendLog() {
    }

    /** Logs the outcome of one send that started at {@code startedNanos} ({@link System#nanoTime()}) and returns it. */
    public static Delivery record(Notification notification, DeliveryChannel channel, String peer, long startedNanos,
                                  Delivery delivery) {
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
        if (delivery instanceof Delivery.Failed failed) {
            LOG.warn("send id={} channel={} attempt={} outcome={} duration={}ms peer={} retry_after={} error=\"{}\"",
                    notification.id(), channel, notification.attempts(), failed.retryable() ? "retryable" : "permanent",
                    millis, peer, failed.retryAfter() == null ? "-" : failed.retryAfter(), failed.error());
        } else {
            LOG.info("send id={} channel={} attempt={} outcome=delivered duration={}ms peer={}", notification.id(),
                    channel, notification.attempts(), millis, peer);
        }
        return delivery;
    }
}
