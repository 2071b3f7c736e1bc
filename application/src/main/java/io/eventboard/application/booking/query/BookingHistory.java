package io.eventboard.application.booking.query;

import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.user.UserId;

/** Port: a user's bookings, newest first. */
public interface BookingHistory {

    Page<BookingView> of(UserId user, PageRequest page);
}
