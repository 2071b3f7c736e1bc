package io.eventboard.notify;

import io.eventboard.domain.notification.Delivery;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationSender;
import jakarta.inject.Singleton;

/**
 * The in-app inbox. The notification row itself is what the user reads, so delivering it means marking it
 * sent: from then on it counts as arrived in the inbox. ({@code Recipient} guarantees an in-app recipient names a
 * user.) The dispatcher's claim marks it sent in the same statement ({@link Reach#STORED}), so {@link #send} only
 * answers for callers that deliver one notification by hand.
 */
@Singleton
public final class InAppNotificationSender implements NotificationSender {

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.IN_APP;
    }

    @Override
    public Reach reach() {
        return Reach.STORED;
    }

    @Override
    public Delivery send(Notification notification) {
        return Delivery.delivered();
    }
}
