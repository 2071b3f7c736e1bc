package io.eventboard.domain.booking;

import io.eventboard.domain.common.Rejection;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Taking and giving back seats. Each rule is a small function; the first one that refuses decides. The
 * caller reads {@code event} under a lock (see {@code Events.lockById}) so the seat count it sees is current.
 */
public final class SeatBooking {

    /** The event with its seat count changed, and the booking that changed it. */
    public record Reservation(Event event, Booking booking) {
    }

    /** One rule; {@code current} is the user's active booking for the event, if any. */
    interface Rule {
        Optional<Rejection> check(Event event, Optional<Booking> current, Instant now);
    }

    private static final List<Rule> TO_BOOK = List.of(
            (event, current, now) -> refuseUnless(event.status() == EventStatus.SCHEDULED, BookingRefusals.NOT_BOOKABLE),
            (event, current, now) -> refuseUnless(!event.hasStarted(now), BookingRefusals.ALREADY_STARTED),
            (event, current, now) -> refuseUnless(current.isEmpty(), BookingRefusals.ALREADY_BOOKED),
            (event, current, now) -> refuseUnless(event.seatsFree() > 0, BookingRefusals.SOLD_OUT));

    private static final List<Rule> TO_CANCEL = List.of(
            (event, current, now) -> refuseUnless(current.isPresent(), BookingRefusals.NOT_FOUND),
            (event, current, now) -> refuseUnless(!event.hasStarted(now), BookingRefusals.TOO_LATE_TO_CANCEL));

    private SeatBooking() {
    }

    public static Result<Reservation> book(Event event, UserId user, Optional<Booking> current, BookingId newId,
                                           Instant now) {
        return firstRefusal(TO_BOOK, event, current, now)
                .<Result<Reservation>>map(Result::rejected)
                .orElseGet(() -> Result.accepted(new Reservation(
                        event.withSeatTaken(now), Booking.active(newId, event.id(), user, now))));
    }

    public static Result<Reservation> cancel(Event event, Optional<Booking> current, Instant now) {
        return firstRefusal(TO_CANCEL, event, current, now)
                .<Result<Reservation>>map(Result::rejected)
                .orElseGet(() -> Result.accepted(new Reservation(
                        event.withSeatFreed(now), current.orElseThrow().cancelled(now))));
    }

    private static Optional<Rejection> firstRefusal(List<Rule> rules, Event event, Optional<Booking> current,
                                                    Instant now) {
        return rules.stream().map(rule -> rule.check(event, current, now)).flatMap(Optional::stream).findFirst();
    }

    private static Optional<Rejection> refuseUnless(boolean allowed, Rejection rejection) {
        return allowed ? Optional.empty() : Optional.of(rejection);
    }
}
