package io.eventboard.domain.series;

import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventId;
import java.util.List;
import java.util.Optional;

/** Port: the stored series and which events are their occurrences. */
public interface RecurringEvents {

    /** Stores the series and makes the given events, already stored, its occurrences. */
    void add(EventSeries series, List<EventId> occurrences);

    Optional<EventSeries> findById(SeriesId id);

    /** The occurrences of the series as they are now, by start (then id), whatever their status. */
    List<Event> occurrences(SeriesId id);
}
