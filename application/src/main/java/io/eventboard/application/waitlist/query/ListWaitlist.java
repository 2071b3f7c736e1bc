package io.eventboard.application.waitlist.query;

import io.eventboard.application.waitlist.WaitlistPlace;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.EventRefusals;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.waitlist.WaitlistEntry;
import io.eventboard.domain.waitlist.WaitlistRefusals;
import io.eventboard.domain.waitlist.Waitlists;
import java.util.List;
import java.util.stream.IntStream;

/** The organizer of an event, or an admin, reads its whole line in order. */
public final class ListWaitlist {

    private final Events events;
    private final Waitlists waitlists;

    public ListWaitlist(Events events, Waitlists waitlists) {
        this.events = events;
        this.waitlists = waitlists;
    }

    public Result<Page<WaitlistPlace>> list(Actor actor, EventId event, PageRequest request) {
        return events.findById(event)
                .map(found -> actor.isAdmin() || actor.id().equals(found.organizer())
                        ? Result.accepted(places(waitlists.page(event, request), request))
                        : Result.<Page<WaitlistPlace>>rejected(WaitlistRefusals.NOT_ORGANIZER))
                .orElseGet(() -> Result.rejected(EventRefusals.NOT_FOUND));
    }

    private static Page<WaitlistPlace> places(Page<WaitlistEntry> page, PageRequest request) {
        List<WaitlistEntry> entries = page.items();
        List<WaitlistPlace> places = IntStream.range(0, entries.size())
                .mapToObj(index -> WaitlistPlace.of(entries.get(index), (int) request.offset() + index + 1))
                .toList();
        return new Page<>(places, page.page(), page.size(), page.total(), page.totalExact());
    }
}
