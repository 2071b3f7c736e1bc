package io.eventboard.application.testing;

import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.series.EventSeries;
import io.eventboard.domain.series.RecurringEvents;
import io.eventboard.domain.series.SeriesId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link RecurringEvents} over the in-memory database. The series live beside its tables, so only a series
 * added in the last step of a transaction is safe from a rollback, as {@code CreateEventSeries} adds it.
 */
public final class InMemoryRecurringEvents implements RecurringEvents {

    private final InMemoryDatabase db;
    private final Map<SeriesId, EventSeries> series = new HashMap<>();
    private final Map<EventId, SeriesId> occurrenceOf = new HashMap<>();

    public InMemoryRecurringEvents(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void add(EventSeries added, List<EventId> occurrences) {
        db.change("RecurringEvents.add", t -> {
            if (!occurrences.stream().allMatch(t.events::containsKey)) {
                throw new IllegalStateException("foreign key violated: an occurrence of " + added.id() + " is unknown");
            }
            series.put(added.id(), added);
            occurrences.forEach(id -> occurrenceOf.put(id, added.id()));
        });
    }

    @Override
    public Optional<EventSeries> findById(SeriesId id) {
        return db.read(t -> Optional.ofNullable(series.get(id)));
    }

    @Override
    public List<Event> occurrences(SeriesId id) {
        return db.read(t -> t.events.values().stream()
                .filter(event -> id.equals(occurrenceOf.get(event.id())))
                .sorted(Comparator.comparing(Event::startsAt).thenComparing(event -> event.id().value()))
                .toList());
    }
}
