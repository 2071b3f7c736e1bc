package io.eventboard.application.series;

import io.eventboard.domain.event.EventId;
import io.eventboard.domain.series.SeriesId;
import java.util.List;

/** Which occurrences of a series one change to "this and the following ones" touched, in order. */
public record OccurrenceChanges(SeriesId series, List<EventId> changed) {

    public OccurrenceChanges {
        changed = List.copyOf(changed);
    }
}
