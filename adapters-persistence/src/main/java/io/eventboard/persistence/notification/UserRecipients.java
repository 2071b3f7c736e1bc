package io.eventboard.persistence.notification;

import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.notification.Recipients;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Where a user hears from us. Until users can choose channels, that is the in-app inbox (always) and the
 * log channel (the default external one), addressed by username so a log line names the person.
 */
@Singleton
final class UserRecipients implements Recipients {

    private final Sql sql;

    UserRecipients(Sql sql) {
        this.sql = sql;
    }

    /** Nobody to notify when the user does not exist (an account deleted meanwhile): an empty list. */
    @Override
    public List<Recipient> of(UserId user) {
        return sql.one("SELECT username FROM users WHERE id = ?", p -> p.uuid(user.value()),
                        row -> row.text("username"))
                .map(username -> List.of(Recipient.inbox(user), new Recipient(DeliveryChannel.LOG, user, username)))
                .orElse(List.of());
    }
}
