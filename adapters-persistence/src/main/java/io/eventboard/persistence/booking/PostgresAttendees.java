package io.eventboard.persistence.booking;

import io.eventboard.application.booking.query.AttendeeView;
import io.eventboard.application.booking.query.Attendees;
import io.eventboard.domain.booking.BookingStatus;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.event.EventId;
import io.eventboard.persistence.jdbc.Pages;
import io.eventboard.persistence.jdbc.Row;
import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;

/** The bookings of an event, oldest first (ties by id), read off bookings_event_created_idx, with usernames. */
@Singleton
final class PostgresAttendees implements Attendees {

    private static final String PAGE = """
            SELECT b.id, b.event_id, b.user_id, u.username, b.status, b.created_at, b.cancelled_at
            FROM bookings b JOIN users u ON u.id = b.user_id
            WHERE b.event_id = ?
            ORDER BY b.created_at, b.id LIMIT ? OFFSET ?
            """;

    private static final String COUNT = "SELECT count(*) AS total FROM bookings WHERE event_id = ?";

    private final Sql sql;

    PostgresAttendees(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Page<AttendeeView> of(EventId event, PageRequest page) {
        return sql.atomically(() -> Pages.of(
                sql.list(PAGE, p -> p.uuid(event.value()).integer(page.size() + 1).bigint(page.offset()),
                        PostgresAttendees::map),
                page, false, Pages.NO_CAP,
                () -> sql.one(COUNT, p -> p.uuid(event.value()), row -> row.bigint("total")).orElseThrow(), null));
    }

    private static AttendeeView map(Row row) throws SQLException {
        return new AttendeeView(row.uuid("id"), row.uuid("event_id"), row.uuid("user_id"), row.text("username"),
                BookingStatus.valueOf(row.text("status")), row.instant("created_at"), row.instant("cancelled_at"));
    }
}
