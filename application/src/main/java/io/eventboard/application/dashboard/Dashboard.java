package io.eventboard.application.dashboard;

import io.eventboard.domain.event.EventStatus;
import java.time.Instant;
import java.util.Map;

/**
 * The figures of the operators' dashboard: events per status (every status present), bookings since the start
 * of today in the operator's time zone, and notifications sent and failed for good in the last hour.
 */
public record Dashboard(Map<EventStatus, Long> eventsByStatus, long bookingsToday, Instant todayStartsAt,
                        long sentLastHour, long failedLastHour, Instant at) {

    public Dashboard {
        eventsByStatus = Map.copyOf(eventsByStatus);
    }
}
