package io.eventboard.persistence.booking;

import io.eventboard.application.booking.query.BookingHistory;
import io.eventboard.application.booking.query.BookingView;
import io.eventboard.domain.booking.BookingStatus;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.jdbc.Pages;
import io.eventboard.persistence.jdbc.Row;
import io.eventboard.persistence.jdbc.Sql;
import io.eventboard.persistence.jdbc.SqlBuilder;
import jakarta.inject.Singleton;
import java.sql.SQLException;

/**
 * A user's bookings in PostgreSQL, newest first (ties by id), read off bookings_user_created_idx; the event's
 * title and start are joined to the page's rows only.
 */
@Singleton
final class PostgresBookingHistory implements BookingHistory {

    private static final String PAGE = """
            SELECT b.id, b.event_id, b.user_id, b.status, b.created_at, b.cancelled_at,
                   e.title AS event_title, e.starts_at AS event_starts_at
            FROM (SELECT id, event_id, user_id, status, created_at, cancelled_at FROM bookings
                  WHERE user_id = ?
                  ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?) b
            JOIN events e ON e.id = b.event_id
            ORDER BY b.created_at DESC, b.id DESC
            """;

    private static final String COUNT = "SELECT count(*) AS total FROM bookings WHERE user_id = ?";

    private final Sql sql;

    PostgresBookingHistory(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Page<BookingView> of(UserId user, PageRequest page) {
        return sql.atomically(() -> {
            SqlBuilder rows = page(user, page);
            SqlBuilder count = count(user);
            return Pages.of(sql.list(rows.sql(), rows.binder(), PostgresBookingHistory::map), page, false,
                    Pages.NO_CAP, () -> sql.one(count.sql(), count.binder(), row -> row.bigint("total")).orElseThrow(),
                    null);
        });
    }

    /** One page of the user's bookings and one more row. */
    static SqlBuilder page(UserId user, PageRequest page) {
        return new SqlBuilder().append(PAGE, p -> p.uuid(user.value()).integer(page.size() + 1).bigint(page.offset()));
    }

    static SqlBuilder count(UserId user) {
        return new SqlBuilder().append(COUNT, p -> p.uuid(user.value()));
    }

    private static BookingView map(Row row) throws SQLException {
        return new BookingView(row.uuid("id"), row.uuid("event_id"), row.uuid("user_id"),
                BookingStatus.valueOf(row.text("status")), row.instant("created_at"), row.instant("cancelled_at"),
                row.text("event_title"), row.instant("event_starts_at"));
    }
}
