package io.eventboard.domain.provider;

import java.time.Instant;
import java.util.Optional;

/** Port: an external source of events (the seed's "events-provider"). */
public interface EventProvider {

    /** Short stable name of the provider, stored with every event imported from it. */
    String name();

    /**
     * One page of events changed since {@code changedSince} (all events when empty), continuing at
     * {@code cursor} (from the start when empty).
     *
     * @throws ProviderUnavailable when the provider cannot give the page
     */
    ProviderPage fetch(Optional<Instant> changedSince, Optional<String> cursor);
}
