package io.eventboard.application.dashboard;

import io.eventboard.application.notification.admin.DeliveryLog;
import io.eventboard.domain.event.EventStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

/** Computes the dashboard's figures; "today" is the calendar day of the given time zone. */
public final class ShowDashboard {

    private final BoardFigures figures;
    private final DeliveryLog deliveries;
    private final Clock clock;

    public ShowDashboard(BoardFigures figures, DeliveryLog deliveries, Clock clock) {
        this.figures = figures;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    public Dashboard show(ZoneId zone) {
        Instant now = clock.instant();
        Map<EventStatus, Long> byStatus = new EnumMap<>(EventStatus.class);
        for (EventStatus status : EventStatus.values()) {
            byStatus.put(status, 0L);
        }
        byStatus.putAll(figures.eventsByStatus());
        Instant today = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        DeliveryLog.DeliveryCounts lastHour = deliveries.since(now.minus(Duration.ofHours(1)));
        return new Dashboard(byStatus, figures.bookingsSince(today), today, lastHour.sent(), lastHour.failed(), now);
    }
}
