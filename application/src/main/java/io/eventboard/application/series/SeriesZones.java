package io.eventboard.application.series;

import io.eventboard.domain.event.EventDetails;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The time zone whose wall clock a new series keeps: occurrences repeat at the same local time there. */
@FunctionalInterface
public interface SeriesZones {

    /** Every series in UTC, whatever its venue: for use cases run without venues (tests). */
    SeriesZones UTC = details -> ZoneOffset.UTC;

    ZoneId of(EventDetails first);
}
