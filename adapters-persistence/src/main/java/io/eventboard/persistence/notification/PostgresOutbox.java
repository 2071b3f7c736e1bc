package io.eventboard.persistence.notification;

import io.eventboard.domain.event.EventId;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.Outbox;
import io.eventboard.domain.notification.OutboxSignal;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * The outbox table. A notification whose dedupe key is already stored is skipped by the database
 * ({@code ON CONFLICT DO NOTHING}), so deciding the same notice twice, even in two servers at once, stores it
 * once and never fails the transaction that decided it.
 */
@Singleton
final class PostgresOutbox implements Outbox {

    private static final String INSERT = "INSERT INTO notifications (" + NotificationColumns.LIST + """
            ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (dedupe_key) DO NOTHING
            """;

    private final Sql sql;
    private final OutboxSignal signal;

    PostgresOutbox(Sql sql, Optional<OutboxSignal> signal) {
        this.sql = sql;
        this.signal = signal.orElse(OutboxSignal.NONE);
    }

    /** Stores the notifications and, once the transaction that stored any of them commits, signals the dispatcher. */
    @Override
    public int enqueue(List<Notification> notifications) {
        return sql.atomically(() -> {
            int stored = insert(notifications);
            if (stored > 0) {
                sql.afterCommit(signal::enqueued);
            }
            return stored;
        });
    }

    private int insert(List<Notification> notifications) {
        return sql.batch(INSERT, notifications, (p, n) -> p.uuid(n.id().value())
                .uuid(n.recipient().userId().map(UserId::value).orElse(null)).text(n.channel().name())
                .text(n.recipient().address()).text(n.kind().name()).text(n.subject()).text(n.body())
                .integer(n.priority().rank()).text(n.dedupeKey()).text(n.status().name()).integer(n.attempts())
                .text(n.lastError()).instant(n.createdAt()).instant(n.scheduledAt()).instant(n.nextAttemptAt())
                .instant(n.updatedAt()).instant(n.sentAt()).uuid(n.aboutEvent().map(EventId::value).orElse(null)));
    }
}
