package io.eventboard.persistence.notification;

import io.eventboard.domain.event.EventId;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.notification.NotificationKind;
import io.eventboard.domain.notification.NotificationStatus;
import io.eventboard.domain.notification.Priority;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.jdbc.Row;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** How a notification is read from its row. */
final class NotificationColumns {

    static final String LIST = """
            id, user_id, channel, address, kind, subject, body, priority, dedupe_key, status, attempts, last_error,
            created_at, scheduled_at, next_attempt_at, updated_at, sent_at, event_id
            """;

    /** Dispatch order: the claim query's ORDER BY, repeated because RETURNING gives rows in no set order. */
    static final Comparator<Notification> DISPATCH_ORDER = Comparator
            .comparing((Notification n) -> n.priority().rank()).reversed()
            .thenComparing(Notification::nextAttemptAt)
            .thenComparing(n -> n.id().value());

    private NotificationColumns() {
    }

    /** One field of every notification, in order: a column of a set-based statement's parallel arrays. */
    static List<String> texts(List<Notification> notifications, Function<Notification, String> field) {
        List<String> values = new ArrayList<>(notifications.size());
        for (Notification notification : notifications) {
            values.add(field.apply(notification));
        }
        return values;
    }

    /**
     * One instant of every notification as ISO-8601 text (PostgreSQL casts it back), null as null. The notices a
     * use case writes together share their instants (a reminder run stamps 200,000 with one {@code now}), so a
     * value equal to the one before reuses its text instead of formatting it again.
     */
    static List<String> isos(List<Notification> notifications, Function<Notification, Instant> field) {
        List<String> values = new ArrayList<>(notifications.size());
        Instant previous = null;
        String text = null;
        for (Notification notification : notifications) {
            Instant instant = field.apply(notification);
            if (instant == null) {
                values.add(null);
                continue;
            }
            if (!instant.equals(previous)) {
                previous = instant;
                text = instant.toString();
            }
            values.add(text);
        }
        return values;
    }

    static Notification map(Row row) throws SQLException {
        UUID user = row.uuid("user_id");
        UUID event = row.uuid("event_id");
        Recipient recipient = new Recipient(DeliveryChannel.valueOf(row.text("channel")),
                user == null ? null : new UserId(user), row.text("address"));
        return new Notification(
                new NotificationId(row.uuid("id")), recipient, NotificationKind.valueOf(row.text("kind")),
                row.text("subject"), row.text("body"), Priority.ofRank(row.integer("priority")),
                row.text("dedupe_key"), NotificationStatus.valueOf(row.text("status")), row.integer("attempts"),
                row.text("last_error"), row.instant("created_at"), row.instant("scheduled_at"),
                row.instant("next_attempt_at"), row.instant("updated_at"), row.instant("sent_at"),
                event == null ? null : new EventId(event));
    }
}
