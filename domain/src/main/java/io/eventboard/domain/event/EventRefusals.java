package io.eventboard.domain.event;

import io.eventboard.domain.common.Rejection;
import java.util.Locale;

/** The stable codes of every refusal about events; clients switch on them. */
public final class EventRefusals {

    public static final Rejection NOT_FOUND = Rejection.notFound("event.not-found", "No such event.");
    public static final Rejection NOT_ORGANIZER = Rejection.forbidden("event.not-organizer",
            "Only the organizer of the event (or an admin) may change it.");
    public static final Rejection EDIT_WINDOW_CLOSED = Rejection.conflict("event.edit-window-closed",
            "The event can only be edited or deleted within its edit window after creation.");
    public static final Rejection FINISHED = Rejection.conflict("event.finished",
            "A completed or cancelled event can no longer be changed.");
    public static final Rejection IMPORTED = Rejection.forbidden("event.read-only",
            "The event was imported from an events provider and can only be changed there.");
    public static final Rejection CAPACITY_BELOW_BOOKINGS = Rejection.conflict("event.capacity-below-bookings",
            "The capacity cannot drop below the number of seats already booked.");
    public static final Rejection CONCURRENT_UPDATE = Rejection.conflict("event.concurrent-update",
            "The event was changed by someone else in the meantime; reload it and try again.");

    private EventRefusals() {
    }

    public static Rejection illegalTransition(EventStatus from, EventStatus to) {
        return Rejection.conflict("event.illegal-transition",
                "An event that is " + from.name().toLowerCase(Locale.ROOT) + " cannot become "
                        + to.name().toLowerCase(Locale.ROOT) + ".");
    }
}
