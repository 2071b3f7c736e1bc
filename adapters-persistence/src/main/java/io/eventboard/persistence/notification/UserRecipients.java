package io.eventboard.persistence.notification;

import io.eventboard.domain.notification.NotificationPreferences;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.notification.Recipients;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Where a user hears from us, as their notification preferences say: the in-app inbox always, email (to the
 * account's address) when enabled, Telegram when a chat id is set, the webhook when a URL is set, and the log
 * channel, addressed by username so a log line names the person, only when none of those is on.
 */
@Singleton
final class UserRecipients implements Recipients {

    private static final String QUERY = """
            SELECT u.username, u.email, coalesce(p.email_enabled, false) AS email_enabled, p.telegram_chat_id,
                   p.webhook_url
            FROM users u LEFT JOIN notification_preferences p ON p.user_id = u.id
            WHERE u.id = ?
            """;

    private final Sql sql;

    UserRecipients(Sql sql) {
        this.sql = sql;
    }

    /** Nobody to notify when the user does not exist (an account deleted meanwhile): an empty list. */
    @Override
    public List<Recipient> of(UserId user) {
        return sql.one(QUERY, p -> p.uuid(user.value()), row -> {
                    NotificationPreferences preferences = PostgresPreferenceStore.map(row);
                    return preferences.recipients(user, row.text("email"), row.text("username"));
                })
                .orElse(List.of());
    }
}
