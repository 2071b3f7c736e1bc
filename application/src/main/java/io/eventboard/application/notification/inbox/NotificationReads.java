package io.eventboard.application.notification.inbox;

import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/** Port: notifications as their readers see them, with the inbox's read marks. */
public interface NotificationReads {

    Optional<NotificationView> find(NotificationId id);

    /** The user's in-app notifications, newest first (ties by id, newest first), with the exact total. */
    Page<NotificationView> inbox(UserId user, PageRequest page);

    /** Marks the notification read at {@code now} unless it is read already; returns whether it exists. */
    boolean markRead(NotificationId id, Instant now);
}
