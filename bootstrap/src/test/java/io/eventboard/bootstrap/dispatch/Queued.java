package io.eventboard.bootstrap.dispatch;

import io.eventboard.domain.common.Ids;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.notification.NotificationKind;
import io.eventboard.domain.notification.Recipient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Notifications to the LOG channel, for tests and the benchmark. */
public final class Queued {

    private Queued() {
    }

    public static Notification toLog(Instant now, Instant scheduledAt) {
        return Notification.queue(new NotificationId(Ids.timeOrdered(now)),
                new Recipient(DeliveryChannel.LOG, null, "ops"), NotificationKind.CUSTOM, "subject", "body",
                "test:" + UUID.randomUUID(), scheduledAt, now);
    }

    public static List<Notification> toLog(Instant now, int count) {
        List<Notification> notifications = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            notifications.add(toLog(now, null));
        }
        return notifications;
    }
}
