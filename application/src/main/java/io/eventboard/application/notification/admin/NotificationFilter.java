package io.eventboard.application.notification.admin;

import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.NotificationStatus;

/** Which notifications an admin lists: one status, one channel, or both; null means any. */
public record NotificationFilter(NotificationStatus status, DeliveryChannel channel) {

    public static final NotificationFilter ALL = new NotificationFilter(null, null);
}
