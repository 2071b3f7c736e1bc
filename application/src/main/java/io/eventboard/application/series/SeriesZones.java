package io.eventboard.application.series;

import io.eventboard.domain.event.EventDetails;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The time zone whose wall clock a new series keeps: occurrences repeat at the same local time there. */
@FunctionalInterface
public interface SeriesZones {

    /**
     * Every series in UTC. Venues have no time zone yet; once they do, the wiring passes the zone of the
     * series' venue instead.
     */
    SeriesZones UTC = details -> ZoneOffset.UTC;

    ZoneId of(EventDetails first);
}
