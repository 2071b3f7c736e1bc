package io.eventboard.application.event.create;

import io.eventboard.application.event.EventReferences;
import io.eventboard.domain.common.Ids;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventDetails;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.waitlist.WaitlistPolicy;
import io.eventboard.domain.waitlist.Waitlists;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Any user announces an event and becomes its organizer. */
public final class CreateEvent {

    public record Command(UserId organizer, EventDetails details, WaitlistPolicy waitlist) {
        public Command {
            Objects.requireNonNull(organizer, "organizer");
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(waitlist, "waitlist");
        }

        public Command(UserId organizer, EventDetails details) {
            this(organizer, details, WaitlistPolicy.DEFAULT);
        }
    }

    private final Transactions transactions;
    private final Events events;
    private final EventReferences references;
    private final Waitlists waitlists;
    private final Clock clock;

    public CreateEvent(Transactions transactions, Events events, EventReferences references, Waitlists waitlists,
                       Clock clock) {
        this.transactions = transactions;
        this.events = events;
        this.references = references;
        this.waitlists = waitlists;
        this.clock = clock;
    }

    public Event create(Command command) {
        EventDetails details = command.details();
        references.requireKnown(details.venue(), details.channel(), details.tags());
        Instant now = clock.instant();
        Event event = Event.announce(new EventId(Ids.timeOrdered(now)), details, command.organizer(), now);
        return transactions.inTransaction(() -> {
            events.add(event);
            if (!command.waitlist().equals(WaitlistPolicy.DEFAULT)) {
                waitlists.choosePolicy(event.id(), command.waitlist());
            }
            return event;
        });
    }
}
