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

/** Queued notifications without a user (to the LOG channel unless told otherwise), for tests and the benchmark. */
public final class Queued {

    private Queued() {
    }

    public static Notification toLog(Instant now, Instant scheduledAt) {
        return to(DeliveryChannel.LOG, "ops", now, scheduledAt);
    }

    public static List<Notification> toLog(Instant now, int count) {
        return to(DeliveryChannel.LOG, "ops", now, count);
    }

    /** {@code count} notifications due now on {@code channel}, all to {@code address}. */
    public static List<Notification> to(DeliveryChannel channel, String address, Instant now, int count) {
        List<Notification> notifications = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            notifications.add(to(channel, address, now, null));
        }
        return notifications;
    }

    private static Notification to(DeliveryChannel channel, String address, Instant now, Instant scheduledAt) {
        return Notification.queue(new NotificationId(Ids.timeOrdered(now)), new Recipient(channel, null, address),
                NotificationKind.CUSTOM, "subject", "body", "test:" + UUID.randomUUID(), scheduledAt, now);
    }
}
