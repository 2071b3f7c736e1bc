package io.eventboard.application.series.query;

import io.eventboard.domain.event.Event;
import io.eventboard.domain.series.EventSeries;
import java.util.List;

/** A series as people read it: with its organizer's name and its occurrences by start. */
public record SeriesView(EventSeries series, String organizerUsername, List<Event> occurrences) {

    public SeriesView {
        occurrences = List.copyOf(occurrences);
    }
}
