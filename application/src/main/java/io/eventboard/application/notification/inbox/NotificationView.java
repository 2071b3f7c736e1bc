package io.eventboard.application.notification.inbox;

import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** A notification as its reader sees it: the notification and when it was read in the inbox (null: unread). */
public record NotificationView(Notification notification, Instant readAt) {

    public NotificationView {
        Objects.requireNonNull(notification, "notification");
    }

    public boolean read() {
        return readAt != null;
    }

    /** Whether the notification is addressed to {@code user}, on any channel. */
    public boolean isFor(UserId user) {
        return user.equals(notification.recipient().user());
    }
}
