package io.eventboard.application.waitlist.join;

import io.eventboard.application.waitlist.WaitlistCommand;
import io.eventboard.application.waitlist.WaitlistPlace;
import io.eventboard.domain.booking.Bookings;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.EventRefusals;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.waitlist.SeatQueue;
import io.eventboard.domain.waitlist.Waitlist;
import io.eventboard.domain.waitlist.Waitlists;
import java.time.Clock;
import java.time.Instant;

/** A user without a seat joins the end of a sold-out event's line. */
public final class JoinWaitlist {

    private final Transactions transactions;
    private final Events events;
    private final Bookings bookings;
    private final Waitlists waitlists;
    private final Clock clock;

    public JoinWaitlist(Transactions transactions, Events events, Bookings bookings, Waitlists waitlists,
                        Clock clock) {
        this.transactions = transactions;
        this.events = events;
        this.bookings = bookings;
        this.waitlists = waitlists;
        this.clock = clock;
    }

    public Result<WaitlistPlace> join(WaitlistCommand command) {
        return transactions.inTransaction(() -> events.lockById(command.event())
                .map(event -> {
                    Instant now = clock.instant();
                    Waitlist line = waitlists.lineOf(event.id());
                    return SeatQueue.join(event, line, command.user(),
                            bookings.findActive(event.id(), command.user()), now).map(joined -> {
                                waitlists.save(joined);
                                return WaitlistPlace.of(joined.line().get(joined.line().size() - 1),
                                        joined.line().size());
                            });
                })
                .orElseGet(() -> Result.rejected(EventRefusals.NOT_FOUND)));
    }
}
