package io.eventboard.application.event.cancel;

import io.eventboard.application.event.AttendeeNotices;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.EventRefusals;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.notification.Notices;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.waitlist.Waitlist;
import io.eventboard.domain.waitlist.WaitlistEntry;
import io.eventboard.domain.waitlist.Waitlists;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The organizer or an admin calls an event off; every active attendee, and everyone in its waitlist (which is
 * emptied: there is no seat left to wait for), is told in the same transaction.
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
    private final Waitlists waitlists;
    private final Clock clock;

    public CancelEvent(Transactions transactions, Events events, AttendeeNotices attendees, Waitlists waitlists,
                       Clock clock) {
        this.transactions = transactions;
        this.events = events;
        this.attendees = attendees;
        this.waitlists = waitlists;
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
            attendees.tellAttendees(stored, Notices::eventCancelled, now);
            Waitlist line = waitlists.lineOf(stored.id());
            if (!line.line().isEmpty()) {
                attendees.tell(line.line().stream().map(WaitlistEntry::user).toList(), stored, Notices::eventCancelled,
                        now);
                waitlists.save(Waitlist.empty(stored.id(), line.policy()));
            }
            return Result.accepted(stored);
        });
    }
}
