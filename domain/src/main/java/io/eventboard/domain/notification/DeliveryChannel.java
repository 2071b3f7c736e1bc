package io.eventboard.domain.notification;

/** How a notification reaches its recipient. */
public enum DeliveryChannel {
    EMAIL,
    TELEGRAM,
    WEBHOOK,
    LOG,
    /** The user's inbox in Eventboard itself; always on. */
    IN_APP
}
