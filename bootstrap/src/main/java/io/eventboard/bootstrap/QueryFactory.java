package io.eventboard.bootstrap;

import io.eventboard.application.booking.query.BookingHistory;
import io.eventboard.application.booking.query.ListMyBookings;
import io.eventboard.application.calendar.BookedEvents;
import io.eventboard.application.calendar.CalendarWriter;
import io.eventboard.application.calendar.EventCalendars;
import io.eventboard.application.event.query.EventCatalog;
import io.eventboard.application.event.query.ListEvents;
import io.eventboard.application.event.query.MyUpcomingEvents;
import io.eventboard.application.event.query.ShowEvent;
import io.eventboard.application.rating.query.ListRatings;
import io.eventboard.application.rating.query.RatingBoard;
import io.eventboard.domain.calendar.CalendarFeeds;
import io.eventboard.domain.common.Transactions;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Wires the read-side use cases: listings, detail views and calendars. */
@Factory
public class QueryFactory {

    @Singleton
    ListEvents listEvents(EventCatalog catalog, @Value("${eventboard.count-cap:1000}") long countCap) {
        return new ListEvents(catalog, countCap);
    }

    @Singleton
    ShowEvent showEvent(EventCatalog catalog) {
        return new ShowEvent(catalog);
    }

    @Singleton
    MyUpcomingEvents myUpcomingEvents(EventCatalog catalog, Clock clock) {
        return new MyUpcomingEvents(catalog, clock);
    }

    @Singleton
    ListMyBookings listMyBookings(BookingHistory history) {
        return new ListMyBookings(history);
    }

    @Singleton
    EventCalendars eventCalendars(Transactions transactions, EventCatalog catalog, BookedEvents booked,
                                  CalendarFeeds feeds, CalendarWriter writer, EventboardSettings settings,
                                  Clock clock) {
        return new EventCalendars(transactions, catalog, booked, feeds, writer, settings.defaultEventDuration(),
                settings.reminderLead(), clock);
    }

    @Singleton
    ListRatings listRatings(EventCatalog catalog, RatingBoard board) {
        return new ListRatings(catalog, board);
    }
}
