package io.eventboard.domain.waitlist;

import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.booking.BookingId;
import io.eventboard.domain.booking.BookingRefusals;
import io.eventboard.domain.booking.SeatBooking;
import io.eventboard.domain.common.Ids;
import io.eventboard.domain.common.Rejection;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The waitlist rules. A seat held for an offer counts as taken in the event's seat count, so the event's own
 * capacity check keeps active bookings plus held offers within capacity. Whenever seats are free, the first
 * people waiting get them in order ({@link #fill}); so while anyone waits at a bookable event, no seat is
 * free. The caller reads event and line under the event's lock.
 */
public final class SeatQueue {

    /** The event and line after a change, with the bookings and offers it made for people in line. */
    public record Outcome(Event event, Waitlist waitlist, List<Booking> promoted, List<WaitlistEntry> offered) {

        public Outcome {
            promoted = List.copyOf(promoted);
            offered = List.copyOf(offered);
        }

        static Outcome unchanged(Event event, Waitlist waitlist) {
            return new Outcome(event, waitlist, List.of(), List.of());
        }
    }

    /** A booking made or given back, with the event and line after it. */
    public record SeatChange(Event event, Waitlist waitlist, Booking booking) {
    }

    private SeatQueue() {
    }

    /** Joins the end of the line: only a sold-out event that could otherwise be booked has one. */
    public static Result<Waitlist> join(Event event, Waitlist waitlist, UserId user, Optional<Booking> current,
                                        Instant now) {
        return bookable(event, now)
                .or(() -> refuseUnless(current.isEmpty(), BookingRefusals.ALREADY_BOOKED))
                .or(() -> refuseUnless(waitlist.entryOf(user).isEmpty(), WaitlistRefusals.ALREADY_WAITING))
                .or(() -> refuseUnless(event.seatsFree() == 0, WaitlistRefusals.SEATS_AVAILABLE))
                .<Result<Waitlist>>map(Result::rejected)
                .orElseGet(() -> {
                    List<WaitlistEntry> line = new ArrayList<>(waitlist.line());
                    line.add(WaitlistEntry.waiting(event.id(), user, now));
                    return Result.accepted(waitlist.with(line));
                });
    }

    /** Leaves the line; a seat held for the leaver passes on to the next in line. */
    public static Result<Outcome> leave(Event event, Waitlist waitlist, UserId user, Instant now) {
        return waitlist.entryOf(user)
                .map(entry -> Result.accepted(fill(entry.isOffered() ? event.withSeatFreed(now) : event,
                        waitlist.with(without(waitlist, user)), now)))
                .orElseGet(() -> Result.rejected(WaitlistRefusals.NOT_WAITING));
    }

    /**
     * Books a seat. Someone in line books through their place: a live offer becomes the booking on its held
     * seat, while waiting without an offer is refused (a free seat would have gone to them already).
     */
    public static Result<SeatChange> book(Event event, Waitlist waitlist, UserId user, Optional<Booking> current,
                                          BookingId newId, Instant now) {
        if (waitlist.entryOf(user).isPresent()) {
            return accept(event, waitlist, user, newId, now);
        }
        return SeatBooking.book(event, user, current, newId, now)
                .map(made -> new SeatChange(made.event(), waitlist, made.booking()));
    }

    /** Gives back a seat; the caller hands it on with {@link #fill}. */
    public static Result<SeatChange> cancel(Event event, Waitlist waitlist, Optional<Booking> current, Instant now) {
        return SeatBooking.cancel(event, current, now)
                .map(given -> new SeatChange(given.event(), waitlist, given.booking()));
    }

    /** Turns a live offer into a booking on the seat held for it; the seat count does not change. */
    public static Result<SeatChange> accept(Event event, Waitlist waitlist, UserId user, BookingId newId,
                                            Instant now) {
        Optional<WaitlistEntry> entry = waitlist.entryOf(user);
        return entry.isEmpty() ? Result.rejected(WaitlistRefusals.NOT_WAITING)
                : bookable(event, now)
                .or(() -> refuseUnless(entry.get().isOffered(), WaitlistRefusals.NO_OFFER))
                .or(() -> refuseUnless(!entry.get().offerExpiredAt(now), WaitlistRefusals.OFFER_EXPIRED))
                .<Result<SeatChange>>map(Result::rejected)
                .orElseGet(() -> Result.accepted(new SeatChange(event, waitlist.with(without(waitlist, user)),
                        Booking.active(newId, event.id(), user, now))));
    }

    /** Takes back every offer that has expired by {@code now} and passes its seat on. */
    public static Outcome expireOffers(Event event, Waitlist waitlist, Instant now) {
        List<WaitlistEntry> line = new ArrayList<>(waitlist.line());
        Event freed = event;
        for (WaitlistEntry entry : waitlist.line()) {
            if (entry.offerExpiredAt(now)) {
                line.remove(entry);
                freed = freed.withSeatFreed(now);
            }
        }
        return fill(freed, waitlist.with(line), now);
    }

    /**
     * Gives every free seat to the first person waiting, in order: as a booking (auto mode) or as an offer
     * held until the policy's hold has passed (offer mode). Nothing moves once the event cannot be booked.
     */
    public static Outcome fill(Event event, Waitlist waitlist, Instant now) {
        if (bookable(event, now).isPresent()) {
            return Outcome.unchanged(event, waitlist);
        }
        boolean offering = waitlist.policy().mode() == WaitlistMode.OFFER;
        List<WaitlistEntry> line = new ArrayList<>();
        List<Booking> promoted = new ArrayList<>();
        List<WaitlistEntry> offered = new ArrayList<>();
        Event next = event;
        for (WaitlistEntry entry : waitlist.line()) {
            if (!entry.isWaiting() || next.seatsFree() == 0) {
                line.add(entry);
                continue;
            }
            next = next.withSeatTaken(now);
            if (offering) {
                WaitlistEntry offer = entry.offered(now.plus(waitlist.policy().offerHold()));
                line.add(offer);
                offered.add(offer);
            } else {
                promoted.add(Booking.active(new BookingId(Ids.timeOrdered(now)), event.id(), entry.user(), now));
            }
        }
        return new Outcome(next, waitlist.with(line), promoted, offered);
    }

    /** The booking rules that decide whether the event can be booked at all; seats aside. */
    private static Optional<Rejection> bookable(Event event, Instant now) {
        return refuseUnless(event.status() == EventStatus.SCHEDULED, BookingRefusals.NOT_BOOKABLE)
                .or(() -> refuseUnless(!event.hasStarted(now), BookingRefusals.ALREADY_STARTED));
    }

    private static List<WaitlistEntry> without(Waitlist waitlist, UserId user) {
        return waitlist.line().stream().filter(entry -> !entry.user().equals(user)).toList();
    }

    private static Optional<Rejection> refuseUnless(boolean allowed, Rejection rejection) {
        return allowed ? Optional.empty() : Optional.of(rejection);
    }
}
