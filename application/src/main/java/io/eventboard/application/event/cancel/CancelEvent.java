package io.eventboard.application.event.cancel;

import io.eventboard.application.event.AttendeeNotices;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.EventRefusals;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.user.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The organizer or an admin calls an event off; every active attendee and everyone in its waitlist is told in the
 * same transaction.
 */
public final class CancelEvent {

    public record Command(Actor actor, EventId event) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(event, "event");
        }
    }

    private final Transactions transactions;
    private final Events events;
    private final AttendeeNotices attendees;
    private final Clock clock;

    public CancelEvent(Transactions transactions, Events events, AttendeeNotices attendees, Clock clock) {
        this.transactions = transactions;
        this.events = events;
        this.attendees = attendees;
        this.clock = clock;
    }

    public Result<Event> cancel(Command command) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<Event> found = events.lockById(command.event());
            if (found.isEmpty()) {
                return Result.rejected(EventRefusals.NOT_FOUND);
            }
            Result<Event> cancelled = found.get().cancelBy(command.actor(), now);
            if (!cancelled.isAccepted()) {
                return cancelled;
            }
            Event stored = events.update(cancelled.value());
            attendees.tellCalledOff(stored, now);
            return Result.accepted(stored);
        });
    }
}
