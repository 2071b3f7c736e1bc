package io.eventboard.application.event.delete;

import io.eventboard.application.event.AttendeeNotices;
import io.eventboard.application.event.EditableEvents;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.EditWindow;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.user.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

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
            Result<Event> editable = EditableEvents.lockForEdit(events, editWindow, command.event(),
                    command.actor(), command.expectedVersion(), now);
            if (editable.isAccepted()) {
                attendees.tellCalledOff(editable.value(), now);
                events.delete(command.event());
            }
            return editable;
        });
    }
}
