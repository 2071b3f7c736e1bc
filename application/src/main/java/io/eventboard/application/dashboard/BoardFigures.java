package io.eventboard.application.dashboard;

import io.eventboard.domain.event.EventStatus;
import java.time.Instant;
import java.util.Map;

/** Port: the counts an operator's dashboard shows, read from the system of record. */
public interface BoardFigures {

    /** How many events there are in each status; statuses without events may be missing. */
    Map<EventStatus, Long> eventsByStatus();

    /** How many bookings were made since {@code from} (those cancelled since included). */
    long bookingsSince(Instant from);
}
