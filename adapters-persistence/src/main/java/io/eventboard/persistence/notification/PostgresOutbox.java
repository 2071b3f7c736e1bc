package io.eventboard.persistence.notification;

import static io.eventboard.persistence.notification.NotificationColumns.isos;
import static io.eventboard.persistence.notification.NotificationColumns.texts;

import io.eventboard.domain.event.EventId;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.Outbox;
import io.eventboard.domain.notification.OutboxSignal;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.jdbc.Sql;
import io.eventboard.persistence.notification.BatchInsert.Column;
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

    /**
     * All notifications in one statement. Numbers and instants travel as text and are cast; the columns every
     * notification of the call agrees on travel once (see {@link BatchInsert}), so the SQL depends on the call.
     */
    private int insert(List<Notification> all) {
        if (all.isEmpty()) {
            return 0;
        }
        BatchInsert insert = new BatchInsert("notifications", List.of(
                Column.uuids("id", all.stream().map(n -> n.id().value()).toList()),
                Column.uuids("user_id",
                        all.stream().map(n -> n.recipient().userId().map(UserId::value).orElse(null)).toList()),
                Column.texts("channel", "text", texts(all, n -> n.channel().name())),
                Column.texts("address", "text", texts(all, n -> n.recipient().address())),
                Column.texts("kind", "text", texts(all, n -> n.kind().name())),
                Column.texts("subject", "text", texts(all, Notification::subject)),
                Column.texts("body", "text", texts(all, Notification::body)),
                Column.texts("priority", "int", texts(all, n -> Integer.toString(n.priority().rank()))),
                Column.texts("dedupe_key", "text", texts(all, Notification::dedupeKey)),
                Column.texts("status", "text", texts(all, n -> n.status().name())),
                Column.texts("attempts", "int", texts(all, n -> Integer.toString(n.attempts()))),
                Column.texts("last_error", "text", texts(all, Notification::lastError)),
                Column.texts("created_at", "timestamptz", isos(all, Notification::createdAt)),
                Column.texts("scheduled_at", "timestamptz", isos(all, Notification::scheduledAt)),
                Column.texts("next_attempt_at", "timestamptz", isos(all, Notification::nextAttemptAt)),
                Column.texts("updated_at", "timestamptz", isos(all, Notification::updatedAt)),
                Column.texts("sent_at", "timestamptz", isos(all, Notification::sentAt)),
                Column.uuids("event_id",
                        all.stream().map(n -> n.aboutEvent().map(EventId::value).orElse(null)).toList())),
                "ON CONFLICT (dedupe_key) DO NOTHING");
        return sql.update(insert.sql(), insert::bind);
    }
}
