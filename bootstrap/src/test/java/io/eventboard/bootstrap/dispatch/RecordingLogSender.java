package io.eventboard.bootstrap.dispatch;

import io.eventboard.domain.notification.Delivery;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.notification.NotificationSender;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A LOG sender that counts how often each notification was sent. */
final class RecordingLogSender implements NotificationSender {

    private final Map<NotificationId, AtomicInteger> sends = new ConcurrentHashMap<>();

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.LOG;
    }

    @Override
    public Delivery send(Notification notification) {
        sends.computeIfAbsent(notification.id(), id -> new AtomicInteger()).incrementAndGet();
        return Delivery.delivered();
    }

    Map<NotificationId, AtomicInteger> sends() {
        return sends;
    }
}
