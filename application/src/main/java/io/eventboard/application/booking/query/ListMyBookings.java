package io.eventboard.application.booking.query;

import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.user.UserId;

/** A user's own bookings, active and cancelled, newest first; nobody sees anyone else's. */
public final class ListMyBookings {

    private final BookingHistory history;

    public ListMyBookings(BookingHistory history) {
        this.history = history;
    }

    public Page<BookingView> of(UserId user, PageRequest page) {
        return history.of(user, page);
    }
}
