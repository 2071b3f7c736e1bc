package io.eventboard.application.waitlist.leave;

import io.eventboard.application.waitlist.Promotions;
import io.eventboard.application.waitlist.WaitlistCommand;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventRefusals;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.waitlist.SeatQueue;
import io.eventboard.domain.waitlist.Waitlist;
import java.time.Clock;
import java.time.Instant;

/** A user leaves an event's line; a seat held for them passes on to the next in line. */
public final class LeaveWaitlist {

    private final Transactions transactions;
    private final Events events;
    private final Promotions promotions;
    private final Clock clock;

    public LeaveWaitlist(Transactions transactions, Events events, Promotions promotions, Clock clock) {
        this.transactions = transactions;
        this.events = events;
        this.promotions = promotions;
        this.clock = clock;
    }

    /** Answers the event as stored after the leave. */
    public Result<Event> leave(WaitlistCommand command) {
        return transactions.inTransaction(() -> events.lockById(command.event())
                .map(event -> {
                    Instant now = clock.instant();
                    Waitlist line = promotions.waitlists().lineOf(event.id());
                    return SeatQueue.leave(event, line, command.user(), now)
                            .map(outcome -> promotions.store(event, line, outcome, now));
                })
                .orElseGet(() -> Result.rejected(EventRefusals.NOT_FOUND)));
    }
}
