package io.eventboard.bootstrap.jobs;

import io.eventboard.bootstrap.dispatch.RecordingSender;
import io.eventboard.domain.notification.Delivery;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.notification.NotificationSender;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** A WEBHOOK sender that takes {@code pause} per send and counts the sends; {@link #started} opens at the first. */
final class SlowSender implements NotificationSender {

    private final Duration pause;
    private final RecordingSender tally = new RecordingSender().alsoFor(DeliveryChannel.WEBHOOK);
    private final CountDownLatch started = new CountDownLatch(1);

    SlowSender(Duration pause) {
        this.pause = pause;
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.WEBHOOK;
    }

    @Override
    public Delivery send(Notification notification) {
        started.countDown();
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.retryable("interrupted");
        }
        return tally.send(notification);
    }

    CountDownLatch started() {
        return started;
    }

    Map<NotificationId, AtomicInteger> sends() {
        return tally.sends();
    }
}
