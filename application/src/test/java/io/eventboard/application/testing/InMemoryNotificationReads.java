package io.eventboard.application.testing;

import io.eventboard.application.notification.inbox.NotificationReads;
import io.eventboard.application.notification.inbox.NotificationView;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The read side over the in-memory notifications; read marks are kept beside them, as the read_at column. */
public final class InMemoryNotificationReads implements NotificationReads {

    private static final Comparator<Notification> NEWEST_FIRST = Comparator
            .comparing(Notification::createdAt).thenComparing(n -> n.id().value()).reversed();

    private final InMemoryNotifications notifications;
    private final Map<NotificationId, Instant> readAt = new ConcurrentHashMap<>();

    public InMemoryNotificationReads(InMemoryNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public Optional<NotificationView> find(NotificationId id) {
        return notifications.findById(id).map(this::view);
    }

    @Override
    public Page<NotificationView> inbox(UserId user, PageRequest page) {
        return InMemoryPages.of(notifications.matching(n -> n.channel() == DeliveryChannel.IN_APP
                && user.equals(n.recipient().user())).stream().sorted(NEWEST_FIRST).map(this::view).toList(), page);
    }

    @Override
    public boolean markRead(NotificationId id, Instant now) {
        if (notifications.findById(id).isEmpty()) {
            return false;
        }
        readAt.putIfAbsent(id, now);
        return true;
    }

    private NotificationView view(Notification notification) {
        return new NotificationView(notification, readAt.get(notification.id()));
    }
}
