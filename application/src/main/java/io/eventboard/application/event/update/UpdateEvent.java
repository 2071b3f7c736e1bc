package io.eventboard.application.event.update;

import io.eventboard.application.event.AttendeeNotices;
import io.eventboard.application.event.EditableEvents;
import io.eventboard.application.event.EventReferences;
import io.eventboard.application.waitlist.Promotions;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.EditWindow;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventChanges;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.notification.Notices;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.waitlist.WaitlistMode;
import io.eventboard.domain.waitlist.WaitlistPolicy;
import io.eventboard.domain.waitlist.Waitlists;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The organizer edits an event inside its edit window (admins at any time). Attendees hear about changes to
 * when or where it happens; seats a raised capacity frees go to the waitlist in the same transaction.
 */
public final class UpdateEvent {

    /**
     * {@code expectedVersion}, when given, must be the stored version (the client's ETag). {@code waitlistMode}
     * and {@code waitlistOfferHold} change the event's waitlist policy; null leaves a part as it is.
     */
    public record Command(Actor actor, EventId event, EventChanges changes, Long expectedVersion,
                          WaitlistMode waitlistMode, Duration waitlistOfferHold) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(changes, "changes");
        }

        public Command(Actor actor, EventId event, EventChanges changes, Long expectedVersion) {
            this(actor, event, changes, expectedVersion, null, null);
        }
    }

    private final Transactions transactions;
    private final Events events;
    private final EventReferences references;
    private final AttendeeNotices attendees;
    private final Promotions promotions;
    private final EditWindow editWindow;
    private final Clock clock;

    public UpdateEvent(Transactions transactions, Events events, EventReferences references,
                       AttendeeNotices attendees, Promotions promotions, EditWindow editWindow, Clock clock) {
        this.transactions = transactions;
        this.events = events;
        this.references = references;
        this.attendees = attendees;
        this.promotions = promotions;
        this.editWindow = editWindow;
        this.clock = clock;
    }

    public Result<Event> update(Command command) {
        EventChanges changes = command.changes();
        references.requireKnown(changes.venue(), changes.channel(), changes.tags());
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            return EditableEvents.lockForEdit(events, editWindow, command.event(), command.actor(),
                    command.expectedVersion(), now).flatMap(event -> event.revise(changes, now).map(revised -> {
                        Event stored = events.update(revised);
                        if (stored.details().movesFrom(event.details())) {
                            attendees.tellAttendees(stored, Notices::eventChanged, now);
                        }
                        choosePolicy(stored, command);
                        return promotions.fill(stored, now);
                    }));
        });
    }

    /** A raised capacity frees seats, and a new mode hands them out its way: both go through the line at once. */
    private void choosePolicy(Event event, Command command) {
        Waitlists waitlists = promotions.waitlists();
        WaitlistPolicy current = waitlists.lineOf(event.id()).policy();
        WaitlistPolicy chosen = current.with(command.waitlistMode(), command.waitlistOfferHold());
        if (!chosen.equals(current)) {
            waitlists.choosePolicy(event.id(), chosen);
        }
    }
}
