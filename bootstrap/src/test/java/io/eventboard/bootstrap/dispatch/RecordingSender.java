package io.eventboard.bootstrap.dispatch;

import io.eventboard.domain.notification.Delivery;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.notification.NotificationSender;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A sender for one channel (LOG unless told otherwise) that counts how often each notification was sent. */
public final class RecordingSender implements NotificationSender {

    private final DeliveryChannel channel;
    private final Map<NotificationId, AtomicInteger> sends;

    public RecordingSender() {
        this(DeliveryChannel.LOG, new ConcurrentHashMap<>());
    }

    private RecordingSender(DeliveryChannel channel, Map<NotificationId, AtomicInteger> sends) {
        this.channel = channel;
        this.sends = sends;
    }

    /** A sender for another channel that counts into the same tally as this one. */
    public RecordingSender alsoFor(DeliveryChannel other) {
        return new RecordingSender(other, sends);
    }

    @Override
    public DeliveryChannel channel() {
        return channel;
    }

    @Override
    public Delivery send(Notification notification) {
        sends.computeIfAbsent(notification.id(), id -> new AtomicInteger()).incrementAndGet();
        return Delivery.delivered();
    }

    /** How often each notification was sent, over every channel sharing this tally. */
    public Map<NotificationId, AtomicInteger> sends() {
        return sends;
    }
}
