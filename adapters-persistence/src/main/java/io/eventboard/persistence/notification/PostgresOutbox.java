package io.eventboard.persistence.notification;

import static io.eventboard.persistence.notification.NotificationColumns.isos;
import static io.eventboard.persistence.notification.NotificationColumns.texts;

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

    /**
     * All notifications in one statement: parallel arrays, unnested into rows (a JDBC batch would still run one
     * insert per row; a reminder run writes tens of thousands). Numbers and instants travel as text and are cast.
     */
    private static final String INSERT = "INSERT INTO notifications (" + NotificationColumns.LIST + """
            ) SELECT id, user_id, channel, address, kind, subject, body, priority::int, dedupe_key, status,
                     attempts::int, last_error, created_at::timestamptz, scheduled_at::timestamptz,
                     next_attempt_at::timestamptz, updated_at::timestamptz, sent_at::timestamptz, event_id
            FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::uuid[])
                 AS v(id, user_id, channel, address, kind, subject, body, priority, dedupe_key, status, attempts,
                      last_error, created_at, scheduled_at, next_attempt_at, updated_at, sent_at, event_id)
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

    private int insert(List<Notification> all) {
        if (all.isEmpty()) {
            return 0;
        }
        return sql.update(INSERT, p -> p
                .uuids(all.stream().map(n -> n.id().value()).toList())
                .uuids(all.stream().map(n -> n.recipient().userId().map(UserId::value).orElse(null)).toList())
                .texts(texts(all, n -> n.channel().name())).texts(texts(all, n -> n.recipient().address()))
                .texts(texts(all, n -> n.kind().name())).texts(texts(all, Notification::subject))
                .texts(texts(all, Notification::body)).texts(texts(all, n -> Integer.toString(n.priority().rank())))
                .texts(texts(all, Notification::dedupeKey)).texts(texts(all, n -> n.status().name()))
                .texts(texts(all, n -> Integer.toString(n.attempts()))).texts(texts(all, Notification::lastError))
                .texts(isos(all, Notification::createdAt)).texts(isos(all, Notification::scheduledAt))
                .texts(isos(all, Notification::nextAttemptAt)).texts(isos(all, Notification::updatedAt))
                .texts(isos(all, Notification::sentAt))
                .uuids(all.stream().map(n -> n.aboutEvent().map(EventId::value).orElse(null)).toList()));
    }
}
