package io.eventboard.persistence.notification;

import io.eventboard.application.notification.admin.DeliveryLog;
import io.eventboard.application.notification.admin.NotificationFilter;
import io.eventboard.application.notification.inbox.NotificationView;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.persistence.jdbc.Pages;
import io.eventboard.persistence.jdbc.Row;
import io.eventboard.persistence.jdbc.Sql;
import io.eventboard.persistence.jdbc.SqlBuilder;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The whole outbox for admins (V9's indexes serve these reads): a filtered listing newest first, with a count that
 * stops at the cap, and sent/failed counts per hour.
 */
@Singleton
final class PostgresDeliveryLog implements DeliveryLog {

    private static final String COLUMNS = NotificationColumns.LIST + ", read_at ";

    /**
     * One row per UTC hour from the hour of the first parameter to the hour of the second, with the notifications
     * sent in it and those that failed for good in it.
     */
    private static final String PER_HOUR = """
            WITH hours AS (
                SELECT generate_series(date_trunc('hour', ?::timestamptz AT TIME ZONE 'UTC'),
                                       date_trunc('hour', ?::timestamptz AT TIME ZONE 'UTC'),
                                       interval '1 hour') AT TIME ZONE 'UTC' AS hour
            ), sent AS (
                SELECT date_trunc('hour', sent_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS hour, count(*) AS n
                FROM notifications WHERE status = 'SENT' AND sent_at >= (SELECT min(hour) FROM hours)
                GROUP BY 1
            ), failed AS (
                SELECT date_trunc('hour', updated_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS hour, count(*) AS n
                FROM notifications WHERE status = 'FAILED' AND updated_at >= (SELECT min(hour) FROM hours)
                GROUP BY 1
            )
            SELECT h.hour, coalesce(s.n, 0) AS sent, coalesce(f.n, 0) AS failed
            FROM hours h LEFT JOIN sent s ON s.hour = h.hour LEFT JOIN failed f ON f.hour = h.hour
            ORDER BY h.hour
            """;

    private static final String SINCE = """
            SELECT (SELECT count(*) FROM notifications WHERE status = 'SENT' AND sent_at >= ?) AS sent,
                   (SELECT count(*) FROM notifications WHERE status = 'FAILED' AND updated_at >= ?) AS failed
            """;

    private final Sql sql;

    PostgresDeliveryLog(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Page<NotificationView> list(NotificationFilter filter, PageRequest page, long countCap) {
        SqlBuilder rows = new SqlBuilder().append("SELECT " + COLUMNS + " FROM notifications")
                .append(where(filter))
                .append("ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
                        p -> p.integer(page.size() + 1).bigint(page.offset()));
        SqlBuilder count = new SqlBuilder().append("SELECT count(*) AS total FROM (SELECT 1 FROM notifications")
                .append(where(filter))
                .append("LIMIT ?) matching", p -> p.bigint(countCap + 1));
        return sql.atomically(() -> Pages.of(
                sql.list(rows.sql(), rows.binder(), PostgresDeliveryLog::map), page, false, countCap,
                () -> sql.one(count.sql(), count.binder(), row -> row.bigint("total")).orElseThrow(), null));
    }

    @Override
    public DeliveryCounts since(Instant from) {
        return sql.one(SINCE, p -> p.instant(from).instant(from),
                row -> new DeliveryCounts(row.bigint("sent"), row.bigint("failed"))).orElseThrow();
    }

    @Override
    public List<HourlyDeliveries> perHour(Instant from, Instant to) {
        return sql.list(PER_HOUR, p -> p.instant(from).instant(to),
                row -> new HourlyDeliveries(row.instant("hour"), row.bigint("sent"), row.bigint("failed")));
    }

    private static SqlBuilder where(NotificationFilter filter) {
        SqlBuilder where = new SqlBuilder().append("WHERE true");
        if (filter.status() != null) {
            where.append("AND status = ?", p -> p.text(filter.status().name()));
        }
        if (filter.channel() != null) {
            where.append("AND channel = ?", p -> p.text(filter.channel().name()));
        }
        return where;
    }

    private static NotificationView map(Row row) throws SQLException {
        return new NotificationView(NotificationColumns.map(row), row.instant("read_at"));
    }
}
