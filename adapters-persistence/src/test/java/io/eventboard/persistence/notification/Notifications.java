package io.eventboard.persistence.notification;

import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.notification.NotificationKind;
import io.eventboard.domain.notification.Recipient;
import java.time.Instant;
import java.util.UUID;

/** Test notifications: queued at {@code queuedAt}, so due from then on, to the log channel (no user needed). */
final class Notifications {

    static final Recipient OPERATORS = new Recipient(DeliveryChannel.LOG, null, "operators");

    private Notifications() {
    }

    static Notification queued(NotificationKind kind, String dedupeKey, Instant queuedAt) {
        return Notification.queue(new NotificationId(UUID.randomUUID()), OPERATORS, kind, "Subject " + dedupeKey,
                "Body of " + dedupeKey, dedupeKey, null, queuedAt);
    }

    static Notification scheduled(String dedupeKey, Instant scheduledAt, Instant now) {
        return Notification.queue(new NotificationId(UUID.randomUUID()), OPERATORS, NotificationKind.CUSTOM,
                "Later", "Body of " + dedupeKey, dedupeKey, scheduledAt, now);
    }
}
