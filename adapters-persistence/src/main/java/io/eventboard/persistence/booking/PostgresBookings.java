package io.eventboard.persistence.booking;

import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.booking.BookingId;
import io.eventboard.domain.booking.BookingStatus;
import io.eventboard.domain.booking.Bookings;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.jdbc.Row;
import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Bookings in PostgreSQL. The unique partial index {@code bookings_one_active_per_user} backs the "one active
 * booking per user and event" rule: a second one fails to insert even if a caller skipped the domain check.
 */
@Singleton
final class PostgresBookings implements Bookings {

    private static final String COLUMNS = "id, event_id, user_id, status, created_at, cancelled_at";

    private final Sql sql;

    PostgresBookings(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void add(Booking booking) {
        sql.update("INSERT INTO bookings (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                p -> p.uuid(booking.id().value()).uuid(booking.event().value()).uuid(booking.user().value())
                        .text(booking.status().name()).instant(booking.createdAt()).instant(booking.cancelledAt()));
    }

    @Override
    public void update(Booking booking) {
        int changed = sql.update("UPDATE bookings SET status = ?, cancelled_at = ? WHERE id = ?",
                p -> p.text(booking.status().name()).instant(booking.cancelledAt()).uuid(booking.id().value()));
        if (changed == 0) {
            throw new IllegalStateException("booking " + booking.id() + " is not stored");
        }
    }

    @Override
    public Optional<Booking> findActive(EventId event, UserId user) {
        return sql.one("SELECT " + COLUMNS + " FROM bookings WHERE event_id = ? AND user_id = ? AND status = 'ACTIVE'",
                p -> p.uuid(event.value()).uuid(user.value()), PostgresBookings::map);
    }

    @Override
    public List<UserId> activeAttendees(EventId event) {
        return sql.list("SELECT user_id FROM bookings WHERE event_id = ? AND status = 'ACTIVE' ORDER BY created_at, id",
                p -> p.uuid(event.value()), row -> new UserId(row.uuid("user_id")));
    }

    private static Booking map(Row row) throws SQLException {
        return new Booking(new BookingId(row.uuid("id")), new EventId(row.uuid("event_id")),
                new UserId(row.uuid("user_id")), BookingStatus.valueOf(row.text("status")),
                row.instant("created_at"), row.instant("cancelled_at"));
    }
}
