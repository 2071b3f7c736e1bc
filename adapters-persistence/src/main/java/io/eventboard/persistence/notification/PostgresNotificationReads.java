package io.eventboard.persistence.notification;

import io.eventboard.application.notification.inbox.NotificationReads;
import io.eventboard.application.notification.inbox.NotificationView;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.jdbc.Pages;
import io.eventboard.persistence.jdbc.Row;
import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Notifications with their read marks; the inbox is read off notifications_in_app_inbox_idx. */
@Singleton
final class PostgresNotificationReads implements NotificationReads {

    private static final String COLUMNS = NotificationColumns.LIST + ", read_at ";

    private static final String INBOX = "SELECT " + COLUMNS + """
            FROM notifications
            WHERE user_id = ? AND channel = 'IN_APP'
            ORDER BY created_at DESC, id DESC
            LIMIT ? OFFSET ?
            """;

    private static final String COUNT =
            "SELECT count(*) AS total FROM notifications WHERE user_id = ? AND channel = 'IN_APP'";

    private final Sql sql;

    PostgresNotificationReads(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<NotificationView> find(NotificationId id) {
        return sql.one("SELECT " + COLUMNS + " FROM notifications WHERE id = ?", p -> p.uuid(id.value()),
                PostgresNotificationReads::map);
    }

    @Override
    public Page<NotificationView> inbox(UserId user, PageRequest page) {
        return sql.atomically(() -> Pages.of(
                sql.list(INBOX, p -> p.uuid(user.value()).integer(page.size() + 1).bigint(page.offset()),
                        PostgresNotificationReads::map),
                page, false, Pages.NO_CAP,
                () -> sql.one(COUNT, p -> p.uuid(user.value()), row -> row.bigint("total")).orElseThrow(), null));
    }

    @Override
    public boolean markRead(NotificationId id, Instant now) {
        return sql.update("UPDATE notifications SET read_at = coalesce(read_at, ?) WHERE id = ?",
                p -> p.instant(now).uuid(id.value())) == 1;
    }

    private static NotificationView map(Row row) throws SQLException {
        return new NotificationView(NotificationColumns.map(row), row.instant("read_at"));
    }
}
