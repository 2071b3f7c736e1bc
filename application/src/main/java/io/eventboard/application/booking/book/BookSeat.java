package io.eventboard.application.booking.book;

import io.eventboard.application.booking.SeatLedger;
import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.booking.BookingId;
import io.eventboard.domain.common.Ids;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.notification.Notices;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.waitlist.SeatQueue;
import java.util.Objects;

/**
 * A user takes a seat at a scheduled event that has not started; the confirmation goes to the outbox. Someone
 * holding a waitlist offer books the seat held for them.
 */
public final class BookSeat {

    public record Command(EventId event, UserId user) {
        public Command {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(user, "user");
        }
    }

    private final SeatLedger ledger;

    public BookSeat(SeatLedger ledger) {
        this.ledger = ledger;
    }

    public Result<Booking> book(Command command) {
        return ledger.change(command.event(), command.user(),
                (event, waitlist, current, now) -> SeatQueue.book(event, waitlist, command.user(), current,
                        new BookingId(Ids.timeOrdered(now)), now),
                ledger.bookings()::add, Notices::bookingConfirmed);
    }
}
