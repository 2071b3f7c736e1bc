package io.eventboard.domain.booking;

import io.eventboard.domain.event.EventId;
import io.eventboard.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** One user's seat at one event. A cancelled booking stays as a record; only active ones hold a seat. */
public record Booking(BookingId id, EventId event, UserId user, BookingStatus status, Instant createdAt,
                      Instant cancelledAt) {

    public Booking {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if ((status == BookingStatus.CANCELLED) != (cancelledAt != null)) {
            throw new IllegalArgumentException("a booking has a cancellation time exactly when it is cancelled");
        }
    }

    public static Booking active(BookingId id, EventId event, UserId user, Instant now) {
        return new Booking(id, event, user, BookingStatus.ACTIVE, now, null);
    }

    public boolean isActive() {
        return status == BookingStatus.ACTIVE;
    }

    Booking cancelled(Instant now) {
        return new Booking(id, event, user, BookingStatus.CANCELLED, createdAt, now);
    }
}
