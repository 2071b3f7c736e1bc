package io.eventboard.application.event.update;

import io.eventboard.application.event.AttendeeNotices;
import io.eventboard.application.event.EventReferences;
import io.eventboard.domain.common.Rejection;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.EditWindow;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventChanges;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.EventRefusals;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.notification.Notices;
import io.eventboard.domain.user.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The organizer edits an event inside its edit window (admins at any time). Attendees hear about changes to
 * when or where it happens.
 */
public final class UpdateEvent {

    /** {@code expectedVersion}, when given, must be the stored version (the client's ETag). */
    public record Command(Actor actor, EventId event, EventChanges changes, Long expectedVersion) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(changes, "changes");
        }
    }

    private final Transactions transactions;
    private final Events events;
    private final EventReferences references;
    private final AttendeeNotices attendees;
    private final EditWindow editWindow;
    private final Clock clock;

    public UpdateEvent(Transactions transactions, Events events, EventReferences references,
                       AttendeeNotices attendees, EditWindow editWindow, Clock clock) {
        this.transactions = transactions;
        this.events = events;
        this.references = references;
        this.attendees = attendees;
        this.editWindow = editWindow;
        this.clock = clock;
    }

    public Result<Event> update(Command command) {
        EventChanges changes = command.changes();
        references.requireKnown(changes.venue(), changes.channel(), changes.tags());
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
            Result<Event> revised = event.revise(changes, now);
            if (!revised.isAccepted()) {
                return revised;
            }
            Event stored = events.update(revised.value());
            if (movesTheEvent(event, stored)) {
                attendees.tellAttendees(stored, Notices::eventChanged, now);
            }
            return Result.accepted(stored);
        });
    }

    private static boolean movesTheEvent(Event before, Event after) {
        return !before.details().startsAt().equals(after.details().startsAt())
                || !Objects.equals(before.details().endsAt(), after.details().endsAt())
                || !Objects.equals(before.details().venue(), after.details().venue());
    }
}
