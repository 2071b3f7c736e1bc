package io.eventboard.application.waitlist.accept;

import io.eventboard.application.booking.SeatLedger;
import io.eventboard.application.waitlist.WaitlistCommand;
import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.booking.BookingId;
import io.eventboard.domain.common.Ids;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.notification.Notices;
import io.eventboard.domain.waitlist.SeatQueue;

/** The person a seat is offered to takes it before the offer expires: it becomes their booking. */
public final class AcceptOffer {

    private final SeatLedger ledger;

    public AcceptOffer(SeatLedger ledger) {
        this.ledger = ledger;
    }

    public Result<Booking> accept(WaitlistCommand command) {
        return ledger.change(command.event(), command.user(),
                (event, waitlist, current, now) -> SeatQueue.accept(event, waitlist, command.user(),
                        new BookingId(Ids.timeOrdered(now)), now),
                ledger.bookings()::add, Notices::bookingConfirmed);
    }
}
