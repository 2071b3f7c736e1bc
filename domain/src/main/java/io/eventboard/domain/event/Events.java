package io.eventboard.domain.event;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port: the stored events. */
public interface Events {

    void add(Event event);

    /**
     * Stores the new state when the stored version still equals {@code event.version()}, and bumps the version.
     *
     * @return the event as stored now, with its new version
     * @throws io.eventboard.domain.common.ConcurrentUpdate when someone else updated the event first
     */
    Event update(Event event);

    Optional<Event> findById(EventId id);

    /**
     * Reads the event and locks it until the current transaction ends: writers of seats and ratings queue up
     * on the event instead of racing on a stale read.
     */
    Optional<Event> lockById(EventId id);

    /** Removes the event with its bookings and ratings. */
    void delete(EventId id);

    Optional<Event> findByExternalRef(ExternalRef ref);

    /**
     * The events imported from {@code provider} under any of these external ids, each locked like
     * {@link #lockById} until the current transaction ends: a provider sync reads a whole page at once.
     */
    List<Event> lockImported(String provider, Set<String> externalIds);
}
