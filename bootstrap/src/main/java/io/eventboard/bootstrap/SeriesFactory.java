package io.eventboard.bootstrap;

import io.eventboard.application.event.EventReferences;
import io.eventboard.application.event.cancel.CancelEvent;
import io.eventboard.application.event.update.UpdateEvent;
import io.eventboard.application.series.RestOfSeries;
import io.eventboard.application.series.SeriesZones;
import io.eventboard.application.series.cancel.CancelOccurrences;
import io.eventboard.application.series.create.CreateEventSeries;
import io.eventboard.application.series.query.ShowEventSeries;
import io.eventboard.application.series.update.UpdateOccurrences;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.series.RecurringEvents;
import io.eventboard.domain.user.UserAccounts;
import io.eventboard.domain.venue.Venues;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Wires the recurring-event use cases; the edits and cancels of a series run the single-event use cases. */
@Factory
public class SeriesFactory {

    /** A series keeps the wall clock of its venue's zone (UTC without a venue). */
    @Singleton
    SeriesZones seriesZones(Venues venues) {
        return first -> venues.timeZoneOf(first.venueId());
    }

    @Singleton
    CreateEventSeries createEventSeries(Transactions transactions, Events events, RecurringEvents recurring,
                                        EventReferences references, SeriesZones zones, Clock clock) {
        return new CreateEventSeries(transactions, events, recurring, references, zones, clock);
    }

    @Singleton
    ShowEventSeries showEventSeries(RecurringEvents recurring, UserAccounts users) {
        return new ShowEventSeries(recurring, users);
    }

    @Singleton
    RestOfSeries restOfSeries(Transactions transactions, RecurringEvents recurring) {
        return new RestOfSeries(transactions, recurring);
    }

    @Singleton
    UpdateOccurrences updateOccurrences(RestOfSeries restOfSeries, UpdateEvent updateEvent) {
        return new UpdateOccurrences(restOfSeries, updateEvent);
    }

    @Singleton
    CancelOccurrences cancelOccurrences(RestOfSeries restOfSeries, CancelEvent cancelEvent) {
        return new CancelOccurrences(restOfSeries, cancelEvent);
    }
}
