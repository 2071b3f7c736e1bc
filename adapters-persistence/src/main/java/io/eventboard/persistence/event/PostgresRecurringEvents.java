package io.eventboard.persistence.event;

import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.series.EventSeries;
import io.eventboard.domain.series.Recurrence;
import io.eventboard.domain.series.Recurrence.Frequency;
import io.eventboard.domain.series.Recurrence.Until;
import io.eventboard.domain.series.RecurringEvents;
import io.eventboard.domain.series.SeriesId;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.jdbc.Row;
import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Event series in PostgreSQL: a row of its own, and {@code events.series_id} on every occurrence. */
@Singleton
final class PostgresRecurringEvents implements RecurringEvents {

    private static final String INSERT = """
            INSERT INTO event_series (id, frequency, interval, until_date, until_at, count, organizer_id, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private static final String JOIN = "UPDATE events SET series_id = ? WHERE id = ANY (?)";

    private static final String SELECT = """
            SELECT id, frequency, interval, until_date, until_at, count, organizer_id, created_at
            FROM event_series WHERE id = ?
            """;

    private final Sql sql;
    private final CatalogChanges changes;

    PostgresRecurringEvents(Sql sql, CatalogChanges changes) {
        this.sql = sql;
        this.changes = changes;
    }

    @Override
    public void add(EventSeries series, List<EventId> occurrences) {
        Recurrence recurrence = series.recurrence();
        sql.atomically(() -> {
            sql.update(INSERT, p -> p.uuid(series.id().value()).text(recurrence.frequency().name())
                    .integer(recurrence.interval()).date(untilDate(recurrence)).instant(untilInstant(recurrence))
                    .integerOrNull(recurrence.count()).uuid(series.organizer().value()).instant(series.createdAt()));
            int joined = sql.update(JOIN, p -> p.uuid(series.id().value())
                    .uuids(occurrences.stream().map(EventId::value).toList()));
            if (joined != occurrences.size()) {
                throw new IllegalStateException("series " + series.id() + " names events that are not stored");
            }
            changes.recordAfterCommit();
            return null;
        });
    }

    @Override
    public Optional<EventSeries> findById(SeriesId id) {
        return sql.one(SELECT, p -> p.uuid(id.value()), PostgresRecurringEvents::map);
    }

    @Override
    public List<Event> occurrences(SeriesId id) {
        return sql.list(EventColumns.SELECT + " WHERE e.series_id = ? ORDER BY e.starts_at, e.id",
                p -> p.uuid(id.value()), EventColumns::map);
    }

    private static LocalDate untilDate(Recurrence recurrence) {
        return recurrence.until() instanceof Until.OnDate onDate ? onDate.last() : null;
    }

    private static Instant untilInstant(Recurrence recurrence) {
        return recurrence.until() instanceof Until.AtInstant atInstant ? atInstant.last() : null;
    }

    private static EventSeries map(Row row) throws SQLException {
        LocalDate untilDate = row.date("until_date");
        Instant untilAt = row.instant("until_at");
        Until until = untilDate != null ? new Until.OnDate(untilDate)
                : untilAt != null ? new Until.AtInstant(untilAt) : null;
        Recurrence recurrence = new Recurrence(Frequency.valueOf(row.text("frequency")), row.integer("interval"),
                until, row.integerOrNull("count"));
        return new EventSeries(new SeriesId(row.uuid("id")), recurrence, new UserId(row.uuid("organizer_id")),
                row.instant("created_at"));
    }
}
