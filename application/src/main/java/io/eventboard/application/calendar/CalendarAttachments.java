package io.eventboard.application.calendar;

import io.eventboard.domain.event.EventId;
import java.util.Optional;

/** Port: the calendar file of an event, for messages that carry one (a booking confirmation by email). */
public interface CalendarAttachments {

    /** For senders without calendars. */
    CalendarAttachments NONE = event -> Optional.empty();

    /** The event as an iCalendar document; empty when the event is gone. */
    Optional<String> forEvent(EventId event);
}
