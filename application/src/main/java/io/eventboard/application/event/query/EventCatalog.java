package io.eventboard.application.event.query;

import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/** Port: the read side of events, for listings and detail pages. */
public interface EventCatalog {

    /**
     * One page of events. The total is counted exactly up to {@code countCap}; beyond it the page says
     * {@code total = countCap, totalExact = false}. The page carries the cursor of its last item when more follow.
     *
     * @throws io.eventboard.domain.common.InvalidInput when {@code query.after()} is not a cursor this catalog made
     */
    Page<EventView> search(EventQuery query, long countCap);

    Optional<EventView> find(EventId id);

    /** The events {@code user} holds an active booking for that have not started, soonest first. */
    Page<EventView> upcomingFor(UserId user, Instant now, PageRequest page);
}
