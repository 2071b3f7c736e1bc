package io.eventboard.application.testing;

import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.booking.BookingId;
import io.eventboard.domain.booking.Bookings;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.user.UserId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Bookings} over the in-memory database. Like the unique partial index of the real schema, it refuses a
 * second active booking of one user for one event with an {@link IllegalStateException}.
 */
public final class InMemoryBookings implements Bookings {

    private final InMemoryDatabase db;

    public InMemoryBookings(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void add(Booking booking) {
        db.change("Bookings.add", t -> {
            if (t.bookings.containsKey(booking.id())) {
                throw new IllegalStateException("primary key violated: booking " + booking.id() + " exists");
            }
            t.requireEvent(booking.event());
            requireOneActive(t.bookings, booking);
            t.bookings.put(booking.id(), booking);
        });
    }

    @Override
    public void update(Booking booking) {
        db.change("Bookings.update", t -> {
            if (!t.bookings.containsKey(booking.id())) {
                throw new IllegalStateException("no booking " + booking.id() + " to update");
            }
            requireOneActive(t.bookings, booking);
            t.bookings.put(booking.id(), booking);
        });
    }

    @Override
    public Optional<Booking> findActive(EventId event, UserId user) {
        return db.read(t -> t.bookings.values().stream()
                .filter(booking -> booking.isActive() && booking.event().equals(event) && booking.user().equals(user))
                .findFirst());
    }

    @Override
    public List<UserId> activeAttendees(EventId event) {
        return db.read(t -> t.bookings.values().stream()
                .filter(booking -> booking.isActive() && booking.event().equals(event))
                .map(Booking::user)
                .toList());
    }

    private static void requireOneActive(Map<BookingId, Booking> bookings, Booking booking) {
        if (booking.isActive() && bookings.values().stream().anyMatch(other -> other.isActive()
                && !other.id().equals(booking.id())
                && other.event().equals(booking.event())
                && other.user().equals(booking.user()))) {
            throw new IllegalStateException("unique index violated: user " + booking.user()
                    + " already holds an active booking for event " + booking.event());
        }
    }

    // ---- for tests ----

    public List<Booking> all() {
        return db.read(t -> List.copyOf(t.bookings.values()));
    }

    /** Every booking (active or cancelled) of the event. */
    public List<Booking> of(EventId event) {
        return db.read(t -> t.bookings.values().stream().filter(booking -> booking.event().equals(event)).toList());
    }

    public long activeCount(EventId event) {
        return activeAttendees(event).size();
    }
}
