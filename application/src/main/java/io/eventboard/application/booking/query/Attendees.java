package io.eventboard.application.booking.query;

import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.event.EventId;

/** Port: the bookings of one event, active and cancelled, oldest first (ties by id), with the exact total. */
public interface Attendees {

    Page<AttendeeView> of(EventId event, PageRequest page);
}
