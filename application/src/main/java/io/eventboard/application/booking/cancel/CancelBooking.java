package io.eventboard.application.booking.cancel;

import io.eventboard.application.booking.SeatLedger;
import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.notification.Notices;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.waitlist.SeatQueue;
import java.util.Objects;

/** A user gives back their seat before the event starts; it goes to the first in the waitlist, if any. */
public final class CancelBooking {

    public record Command(EventId event, UserId user) {
        public Command {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(user, "user");
        }
    }

    private final SeatLedger ledger;

    public CancelBooking(SeatLedger ledger) {
        this.ledger = ledger;
    }

    public Result<Booking> cancel(Command command) {
        return ledger.change(command.event(), command.user(), SeatQueue::cancel,
                ledger.bookings()::update, Notices::bookingCancelled);
    }
}
