package io.eventboard.persistence.notification;

import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.notification.NotificationQueue;
import io.eventboard.domain.notification.NotificationStatus;
import io.eventboard.persistence.jdbc.Params;
import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dispatcher's side of the outbox. A claim is one statement: it picks due rows in dispatch order,
 * skipping rows another dispatcher is claiming right now ({@code SKIP LOCKED}), and leases them to the
 * worker. Outcomes count only from the worker that still holds the lease. The claimed ids reach the update as
 * an array ({@code id = ANY(ARRAY(…))}), a primary-key lookup each: as {@code id IN (…)} the planner joined them
 * to a scan of the whole table, which grows with every notification ever sent.
 */
@Singleton
final class PostgresNotificationQueue implements NotificationQueue {

    /**
     * Rows on a stored channel ({@code s.channels}: the inbox) are delivered by this very update: SENT, no lease.
     * The channels travel once, in a one-row FROM item.
     */
    private static final String CLAIM = """
            UPDATE notifications n
            SET status = CASE WHEN n.channel = ANY (s.channels) THEN 'SENT' ELSE 'SENDING' END,
                attempts = n.attempts + 1,
                claimed_by = CASE WHEN n.channel = ANY (s.channels) THEN NULL ELSE ? END,
                claimed_until = CASE WHEN n.channel = ANY (s.channels) THEN NULL ELSE ?::timestamptz END,
                sent_at = CASE WHEN n.channel = ANY (s.channels) THEN ?::timestamptz END,
                last_error = CASE WHEN n.channel = ANY (s.channels) THEN NULL ELSE n.last_error END,
                updated_at = ?
            FROM (SELECT ?::text[] AS channels) s
            WHERE n.id = ANY (ARRAY(SELECT id FROM notifications
                                    WHERE status = 'QUEUED' AND next_attempt_at <= ?
                                    ORDER BY priority DESC, next_attempt_at
                                    LIMIT ?
                                    FOR UPDATE SKIP LOCKED))
            RETURNING\s""" + NotificationColumns.LIST;

    private static final String SET_OUTCOME = """
            UPDATE notifications
            SET status = ?, attempts = ?, last_error = ?, next_attempt_at = ?, updated_at = ?, sent_at = ?,
                claimed_by = NULL, claimed_until = NULL
            WHERE id = ?
            """;

    /**
     * A batch's outcomes in one statement: parallel arrays, unnested into rows, joined to the notifications
     * this worker still holds. Timestamps travel as ISO-8601 text and are cast by PostgreSQL.
     */
    private static final String SET_OUTCOMES = """
            UPDATE notifications n
            SET status = v.status, attempts = v.attempts::int, last_error = v.last_error,
                next_attempt_at = v.next_attempt_at::timestamptz, updated_at = v.updated_at::timestamptz,
                sent_at = v.sent_at::timestamptz, claimed_by = NULL, claimed_until = NULL
            FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                 AS v(id, status, attempts, last_error, next_attempt_at, updated_at, sent_at)
            WHERE n.id = v.id AND n.claimed_by = ? AND n.status = 'SENDING'
            RETURNING n.id
            """;

    /**
     * Locked until the caller's transaction ends, so that settling an expired lease and a late report from
     * the original worker cannot both win: the late {@link #record} waits, then finds the lease gone.
     */
    private static final String EXPIRED = "SELECT " + NotificationColumns.LIST + """
            FROM notifications
            WHERE status = 'SENDING' AND claimed_until < ?
            ORDER BY claimed_until
            LIMIT ?
            FOR UPDATE SKIP LOCKED
            """;

    private final Sql sql;

    PostgresNotificationQueue(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<Notification> claimDue(Instant now, int limit, String worker, Instant leaseUntil,
                                       Set<DeliveryChannel> stored) {
        return sql.list(CLAIM, p -> p.text(worker).instant(leaseUntil).instant(now).instant(now)
                                .texts(stored.stream().map(DeliveryChannel::name).toList()).instant(now).integer(limit),
                        NotificationColumns::map)
                .stream().sorted(NotificationColumns.DISPATCH_ORDER).toList();
    }

    @Override
    public boolean record(Notification notification, String worker) {
        return sql.update(SET_OUTCOME + " AND claimed_by = ? AND status = 'SENDING'",
                p -> bindOutcome(p, notification).text(worker)) == 1;
    }

    @Override
    public Collection<NotificationId> recordAll(List<Notification> outcomes, String worker) {
        if (outcomes.isEmpty()) {
            return List.of();
        }
        return sql.list(SET_OUTCOMES, p -> p
                        .uuids(outcomes.stream().map(n -> n.id().value()).toList())
                        .texts(NotificationColumns.texts(outcomes, n -> n.status().name()))
                        .texts(NotificationColumns.texts(outcomes, n -> Integer.toString(n.attempts())))
                        .texts(NotificationColumns.texts(outcomes, Notification::lastError))
                        .texts(NotificationColumns.isos(outcomes, Notification::nextAttemptAt))
                        .texts(NotificationColumns.isos(outcomes, Notification::updatedAt))
                        .texts(NotificationColumns.isos(outcomes, Notification::sentAt))
                        .text(worker),
                row -> new NotificationId(row.uuid("id")));
    }

    @Override
    public Map<NotificationStatus, Long> countByStatus() {
        Map<NotificationStatus, Long> counts = new EnumMap<>(NotificationStatus.class);
        sql.list("SELECT status, count(*) AS n FROM notifications GROUP BY status", p -> { },
                row -> counts.put(NotificationStatus.valueOf(row.text("status")), row.bigint("n")));
        return counts;
    }

    @Override
    public List<Notification> expiredLeases(Instant now, int limit) {
        return sql.list(EXPIRED, p -> p.instant(now).integer(limit), NotificationColumns::map);
    }

    @Override
    public void update(Notification notification) {
        if (sql.update(SET_OUTCOME, p -> bindOutcome(p, notification)) == 0) {
            throw new IllegalStateException("notification " + notification.id() + " is not stored");
        }
    }

    @Override
    public Optional<Notification> findById(NotificationId id) {
        return sql.one("SELECT " + NotificationColumns.LIST + " FROM notifications WHERE id = ?",
                p -> p.uuid(id.value()), NotificationColumns::map);
    }

    @Override
    public Optional<Notification> findByDedupeKey(String dedupeKey) {
        return sql.one("SELECT " + NotificationColumns.LIST + " FROM notifications WHERE dedupe_key = ?",
                p -> p.text(dedupeKey), NotificationColumns::map);
    }

    private static Params bindOutcome(Params p, Notification n) throws SQLException {
        return p.text(n.status().name()).integer(n.attempts()).text(n.lastError()).instant(n.nextAttemptAt())
                .instant(n.updatedAt()).instant(n.sentAt()).uuid(n.id().value());
    }
}
