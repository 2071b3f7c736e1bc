package io.eventboard.application.event.delete;

import io.eventboard.application.event.AttendeeNotices;
import io.eventboard.domain.common.Rejection;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.EditWindow;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.EventRefusals;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.notification.Notices;
import io.eventboard.domain.user.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The organizer deletes an event inside its edit window (admins at any time); attendees are told. */
public final class DeleteEvent {

    public record Command(Actor actor, EventId event, Long expectedVersion) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(event, "event");
        }
    }

    private final Transactions transactions;
    private final Events events;
    private final AttendeeNotices attendees;
    private final EditWindow editWindow;
    private final Clock clock;

    public DeleteEvent(Transactions transactions, Events events, AttendeeNotices attendees, EditWindow editWindow,
                       Clock clock) {
        this.transactions = transactions;
        this.events = events;
        this.attendees = attendees;
        this.editWindow = editWindow;
        this.clock = clock;
    }

    /** The deleted event as it was. */
    public Result<Event> delete(Command command) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<Event> found = events.lockById(command.event());
            if (found.isEmpty()) {
                return Result.rejected(EventRefusals.NOT_FOUND);
            }
            Event event = found.get();
            if (command.expectedVersion() != null && command.expectedVersion() != event.version()) {
                return Result.rejected(EventRefusals.CONCURRENT_UPDATE);
            }
            Optional<Rejection> refusal = editWindow.check(event, command.actor(), now);
            if (refusal.isPresent()) {
                return Result.rejected(refusal.get());
            }
            attendees.tellAttendees(event, Notices::eventCancelled, now);
            events.delete(event.id());
            return Result.accepted(event);
        });
    }
}
