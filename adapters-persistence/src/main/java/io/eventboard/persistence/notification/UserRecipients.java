package io.eventboard.persistence.notification;

import io.eventboard.domain.notification.NotificationPreferences;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.notification.Recipients;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where a user hears from us, as their notification preferences say: the in-app inbox always, email (to the
 * account's address) when enabled, Telegram when a chat id is set, the webhook when a URL is set, and the log
 * channel, addressed by username so a log line names the person, only when none of those is on.
 */
@Singleton
final class UserRecipients implements Recipients {

    private static final String QUERY = """
            SELECT u.id, u.username, u.email, coalesce(p.email_enabled, false) AS email_enabled, p.telegram_chat_id,
                   p.webhook_url
            FROM users u LEFT JOIN notification_preferences p ON p.user_id = u.id
            WHERE u.id = ANY (?)
            """;

    private final Sql sql;

    UserRecipients(Sql sql) {
        this.sql = sql;
    }

    /** Nobody to notify when the user does not exist (an account deleted meanwhile): an empty list. */
    @Override
    public List<Recipient> of(UserId user) {
        return ofAll(List.of(user)).get(user);
    }

    @Override
    public Map<UserId, List<Recipient>> ofAll(Collection<UserId> users) {
        Map<UserId, List<Recipient>> all = new HashMap<>();
        List<UUID> ids = users.stream().distinct().map(UserId::value).toList();
        sql.list(QUERY, p -> p.uuids(ids), row -> {
            UserId user = new UserId(row.uuid("id"));
            NotificationPreferences preferences = PostgresPreferenceStore.map(row);
            return Map.entry(user, preferences.recipients(user, row.text("email"), row.text("username")));
        }).forEach(entry -> all.put(entry.getKey(), entry.getValue()));
        users.forEach(user -> all.putIfAbsent(user, List.of()));
        return all;
    }
}
