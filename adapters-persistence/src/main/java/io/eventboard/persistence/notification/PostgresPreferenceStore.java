package io.eventboard.persistence.notification;

import io.eventboard.application.notification.preferences.PreferenceStore;
import io.eventboard.domain.notification.NotificationPreferences;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.jdbc.Row;
import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The notification_preferences table: one row per user who chose, replaced whole on each change. */
@Singleton
final class PostgresPreferenceStore implements PreferenceStore {

    static final String COLUMNS = "email_enabled, telegram_chat_id, webhook_url";

    private static final String UPSERT = """
            INSERT INTO notification_preferences (user_id, email_enabled, telegram_chat_id, webhook_url, updated_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (user_id) DO UPDATE
            SET email_enabled = excluded.email_enabled, telegram_chat_id = excluded.telegram_chat_id,
                webhook_url = excluded.webhook_url, updated_at = excluded.updated_at
            """;

    private final Sql sql;

    PostgresPreferenceStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<NotificationPreferences> find(UserId user) {
        return sql.one("SELECT " + COLUMNS + " FROM notification_preferences WHERE user_id = ?",
                p -> p.uuid(user.value()), PostgresPreferenceStore::map);
    }

    @Override
    public void save(UserId user, NotificationPreferences preferences, Instant now) {
        sql.update(UPSERT, p -> p.uuid(user.value()).bool(preferences.emailEnabled())
                .text(preferences.telegramChatId()).text(preferences.webhookUrl()).instant(now));
    }

    /** The preferences of a row, or the defaults when the columns are NULL (no row joined). */
    static NotificationPreferences map(Row row) throws SQLException {
        return new NotificationPreferences(row.bool("email_enabled"), row.text("telegram_chat_id"),
                row.text("webhook_url"));
    }
}
