package io.eventboard.application.calendar;

import io.eventboard.application.event.query.EventView;
import io.eventboard.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/** Port: the events a calendar feed shows. */
public interface BookedEvents {

    /**
     * Up to {@code limit} events {@code user} holds an active booking for that start after {@code since}, in any
     * status (a calendar shows a cancelled event as cancelled), soonest first.
     */
    List<EventView> bookedBy(UserId user, Instant since, int limit);
}
