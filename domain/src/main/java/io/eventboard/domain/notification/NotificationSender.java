package io.eventboard.domain.notification;

/** Port: delivers notifications on one channel. Implementations report failures as values, not exceptions. */
public interface NotificationSender {

    DeliveryChannel channel();

    Delivery send(Notification notification);
}
