package io.eventboard.persistence.dashboard;

import io.eventboard.application.dashboard.BoardFigures;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The dashboard's counts. Events per status is one index-only pass over events_status_start_idx (a few hundred
 * milliseconds on a million events); bookings since a moment is a range of bookings_created_idx.
 */
@Singleton
final class PostgresBoardFigures implements BoardFigures {

    private final Sql sql;

    PostgresBoardFigures(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Map<EventStatus, Long> eventsByStatus() {
        Map<EventStatus, Long> counts = new EnumMap<>(EventStatus.class);
        sql.list("SELECT status, count(*) AS n FROM events GROUP BY status", p -> {
        }, row -> counts.put(EventStatus.valueOf(row.text("status")), row.bigint("n")));
        return counts;
    }

    @Override
    public long bookingsSince(Instant from) {
        return sql.one("SELECT count(*) AS n FROM bookings WHERE created_at >= ?", p -> p.instant(from),
                row -> row.bigint("n")).orElseThrow();
    }
}
