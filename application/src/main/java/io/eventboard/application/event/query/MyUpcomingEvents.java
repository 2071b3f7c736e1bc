package io.eventboard.application.event.query;

import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.user.UserId;
import java.time.Clock;

/** The events a user has booked that have not started yet, soonest first (seed 001's my_upcoming_events). */
public final class MyUpcomingEvents {

    private final EventCatalog catalog;
    private final Clock clock;

    public MyUpcomingEvents(EventCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    public Page<EventView> of(UserId user, PageRequest page) {
        return catalog.upcomingFor(user, clock.instant(), page);
    }
}
