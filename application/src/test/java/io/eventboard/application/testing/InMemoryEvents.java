package io.eventboard.application.testing;

import io.eventboard.domain.common.ConcurrentUpdate;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.event.ExternalRef;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link Events} over the in-memory database, with the version check of the real store. */
public final class InMemoryEvents implements Events {

    private final InMemoryDatabase db;

    public InMemoryEvents(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void add(Event event) {
        db.change("Events.add", t -> {
            if (t.events.containsKey(event.id())) {
                throw new IllegalStateException("primary key violated: event " + event.id() + " exists");
            }
            event.externalRef().ifPresent(ref -> {
                if (t.events.values().stream().anyMatch(other -> ref.equals(other.source()))) {
                    throw new IllegalStateException("unique index violated: external ref " + ref + " exists");
                }
            });
            t.requireReferences(event);
            t.putEvent(event);
        });
    }

    @Override
    public Event update(Event event) {
        return db.write("Events.update", t -> {
            Event stored = t.events.get(event.id());
            if (stored == null || stored.version() != event.version()) {
                throw new ConcurrentUpdate("event " + event.id());
            }
            t.requireReferences(event);
            Event next = event.nextVersion();
            t.putEvent(next);
            return next;
        });
    }

    @Override
    public Optional<Event> findById(EventId id) {
        return db.read(t -> Optional.ofNullable(t.events.get(id)));
    }

    @Override
    public Optional<Event> lockById(EventId id) {
        return db.write("Events.lockById", t -> Optional.ofNullable(t.events.get(id)));
    }

    @Override
    public void delete(EventId id) {
        db.change("Events.delete", t -> t.deleteEvent(id));
    }

    @Override
    public Optional<Event> findByExternalRef(ExternalRef ref) {
        return db.read(t -> t.events.values().stream().filter(event -> ref.equals(event.source())).findFirst());
    }

    @Override
    public List<Event> lockImported(String provider, Set<String> externalIds) {
        return db.write("Events.lockImported", t -> t.events.values().stream()
                .filter(event -> event.externalRef().filter(ref -> ref.provider().equals(provider)
                        && externalIds.contains(ref.externalId())).isPresent())
                .toList());
    }

    // ---- for tests ----

    /** The stored event; fails when there is none. */
    public Event get(EventId id) {
        return findById(id).orElseThrow(() -> new AssertionError("no event " + id));
    }

    public List<Event> all() {
        return db.read(t -> List.copyOf(t.events.values()));
    }

    public boolean exists(EventId id) {
        return findById(id).isPresent();
    }
}
