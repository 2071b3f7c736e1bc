package io.eventboard.application.calendar;

import java.util.List;

/** Port: writes events as an iCalendar (RFC 5545) document that calendar programs import or subscribe to. */
public interface CalendarWriter {

    String MEDIA_TYPE = "text/calendar";

    /** A calendar named {@code name} with one entry each. */
    String write(String name, List<CalendarEntry> entries);
}
