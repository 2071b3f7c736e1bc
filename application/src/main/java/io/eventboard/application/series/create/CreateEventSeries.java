package io.eventboard.application.series.create;

import io.eventboard.application.event.EventReferences;
import io.eventboard.application.series.SeriesZones;
import io.eventboard.domain.common.Ids;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventDetails;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.series.EventSeries;
import io.eventboard.domain.series.Recurrence;
import io.eventboard.domain.series.RecurringEvents;
import io.eventboard.domain.series.SeriesId;
import io.eventboard.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Any user announces a recurring event: every occurrence becomes an event of its own, with its own seats and
 * the caller as organizer, all of them stored in one transaction with the series.
 */
public final class CreateEventSeries {

    /** {@code first} describes the first occurrence; the others repeat it as {@code recurrence} says. */
    public record Command(UserId organizer, EventDetails first, Recurrence recurrence) {
        public Command {
            Objects.requireNonNull(organizer, "organizer");
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(recurrence, "recurrence");
        }
    }

    private final Transactions transactions;
    private final Events events;
    private final RecurringEvents recurring;
    private final EventReferences references;
    private final SeriesZones zones;
    private final Clock clock;

    public CreateEventSeries(Transactions transactions, Events events, RecurringEvents recurring,
                             EventReferences references, SeriesZones zones, Clock clock) {
        this.transactions = transactions;
        this.events = events;
        this.recurring = recurring;
        this.references = references;
        this.zones = zones;
        this.clock = clock;
    }

    public EventSeries create(Command command) {
        EventDetails first = command.first();
        references.requireKnown(first.venue(), first.channel(), first.tags());
        Instant now = clock.instant();
        List<Event> occurrences = command.recurrence().occurrences(first, zones.of(first)).stream()
                .map(details -> Event.announce(new EventId(Ids.timeOrdered(now)), details, command.organizer(), now))
                .toList();
        EventSeries series = new EventSeries(new SeriesId(Ids.timeOrdered(now)), command.recurrence(),
                command.organizer(), now);
        return transactions.inTransaction(() -> {
            occurrences.forEach(events::add);
            recurring.add(series, occurrences.stream().map(Event::id).toList());
            return series;
        });
    }
}
