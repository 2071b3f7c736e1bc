package io.eventboard.domain.booking;

import io.eventboard.domain.event.EventId;
import io.eventboard.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Port: the stored bookings. */
public interface Bookings {

    void add(Booking booking);

    void update(Booking booking);

    Optional<Booking> findActive(EventId event, UserId user);

    /** Everyone who holds an active booking for the event. */
    List<UserId> activeAttendees(EventId event);
}
