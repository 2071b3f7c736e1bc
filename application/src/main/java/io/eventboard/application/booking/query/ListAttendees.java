package io.eventboard.application.booking.query;

import io.eventboard.application.event.query.EventCatalog;
import io.eventboard.application.event.query.EventView;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.common.Rejection;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.EventRefusals;
import io.eventboard.domain.user.Actor;
import java.util.Optional;

/**
 * The attendee list of an event: every booking, active and cancelled, oldest first. Its organizer and admins see
 * it; to anyone else it is {@code event.not-organizer}, and an unknown event is {@code event.not-found}.
 */
public final class ListAttendees {

    public static final Rejection NOT_ORGANIZER = Rejection.forbidden(EventRefusals.NOT_ORGANIZER.code(),
            "Only the organizer of the event (or an admin) may see who booked it.");

    private final EventCatalog catalog;
    private final Attendees attendees;

    public ListAttendees(EventCatalog catalog, Attendees attendees) {
        this.catalog = catalog;
        this.attendees = attendees;
    }

    public Result<Page<AttendeeView>> of(Actor actor, EventId event, PageRequest page) {
        Optional<EventView> found = catalog.find(event);
        if (found.isEmpty()) {
            return Result.rejected(EventRefusals.NOT_FOUND);
        }
        boolean organizer = found.get().organizer() != null
                && found.get().organizer().id().equals(actor.id().value());
        if (!organizer && !actor.isAdmin()) {
            return Result.rejected(NOT_ORGANIZER);
        }
        return Result.accepted(attendees.of(event, page));
    }
}
