package io.eventboard.application.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.event.query.EventCatalog;
import io.eventboard.application.event.query.EventQuery;
import io.eventboard.application.event.query.EventView;
import io.eventboard.application.testing.InMemoryCalendarFeeds;
import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.waitlist.WaitlistPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventCalendarsTest {

    private static final Duration LENGTH = Duration.ofHours(2);
    private static final Duration ALARM = Duration.ofHours(1);
    private static final UserId ANN = UserId.of("00000000-0000-7000-8000-0000000000a1");

    /** A catalog of fixed events, booked by Ann; it remembers from when the feed asked. */
    private static final class BookedCatalog implements EventCatalog, BookedEvents {
        final List<EventView> events = new ArrayList<>();
        final List<Instant> askedSince = new ArrayList<>();

        @Override
        public Page<EventView> search(EventQuery query, long countCap) {
            throw new UnsupportedOperationException("calendars do not search");
        }

        @Override
        public Optional<EventView> find(EventId id) {
            return events.stream().filter(event -> event.id().equals(id.value())).findFirst();
        }

        @Override
        public Page<EventView> upcomingFor(UserId user, Instant now, PageRequest page) {
            throw new UnsupportedOperationException("calendars read bookedBy");
        }

        @Override
        public List<EventView> bookedBy(UserId user, Instant since, int limit) {
            askedSince.add(since);
            return user.equals(ANN) ? events : List.of();
        }
    }

    /** Writes entries as one line each: enough to see what the use case handed over. */
    private static final CalendarWriter LINES = (name, entries) -> name + ":" + entries.stream()
            .map(entry -> entry.title() + "@" + entry.start() + "-" + entry.end() + " " + entry.timeZone()
                    + (entry.cancelled() ? " cancelled"
                    : "") + entry.alarm().map(alarm -> " alarm " + alarm).orElse("") + entry.location()
                    .map(place -> " in " + place).orElse(""))
            .toList();

    private final TestBoard board = TestBoard.now();
    private final BookedCatalog catalog = new BookedCatalog();
    private final InMemoryCalendarFeeds feeds = new InMemoryCalendarFeeds();
    private final EventCalendars calendars = new EventCalendars(board.transactions(), catalog, catalog, feeds, LINES, LENGTH,
            ALARM, board.clock());

    private EventView event(String title, Instant end, EventStatus status, EventView.VenueRef venue) {
        EventView event = new EventView(UUID.randomUUID(), title, "", TestTime.NOW, end, 10, status, 1, 0, 0, venue,
                null, new EventView.OrganizerRef(UUID.randomUUID(), "org"), List.of(), false, TestTime.NOW,
                TestTime.NOW, 1, WaitlistPolicy.DEFAULT, null);
        catalog.events.add(event);
        return event;
    }

    @Test
    void anEventWithoutAnEndLastsTheDefaultLengthAndAlarmsAtTheReminderLead() {
        EventView event = event("Meetup", null, EventStatus.SCHEDULED,
                new EventView.VenueRef(UUID.randomUUID(), "Loft", "Berlin", null, ZoneId.of("Europe/Berlin")));

        String ics = calendars.ofEvent(new EventId(event.id())).value();

        assertThat(ics).isEqualTo("Meetup:[Meetup@" + TestTime.NOW + "-" + TestTime.NOW.plus(LENGTH)
                + " Europe/Berlin alarm PT1H in Loft, Berlin]");
    }

    @Test
    void aCancelledEventHasNoAlarmAndAnUnknownOneIsNotFound() {
        EventView event = event("Off", TestTime.NOW.plus(Duration.ofHours(3)), EventStatus.CANCELLED, null);

        assertThat(calendars.ofEvent(new EventId(event.id())).value())
                .isEqualTo("Off:[Off@" + TestTime.NOW + "-" + TestTime.NOW.plus(Duration.ofHours(3)) + " UTC cancelled]");
        assertThat(calendars.ofEvent(new EventId(UUID.randomUUID())).rejection().code()).isEqualTo("event.not-found");
    }

    @Test
    void aFeedLinkReadsTheOwnersEventsOfTheLastMonthOnAndIsReplacedByANewOne() {
        event("Booked", null, EventStatus.SCHEDULED, null);
        String first = calendars.newFeed(ANN);

        assertThat(calendars.feed(first).value()).startsWith("Eventboard:[Booked@");
        assertThat(catalog.askedSince).containsExactly(board.instant().minus(EventCalendars.FEED_HISTORY));

        String second = calendars.newFeed(ANN);
        assertThat(second).isNotEqualTo(first);
        assertThat(calendars.feed(first).rejection()).isEqualTo(EventCalendars.NO_FEED);
        assertThat(calendars.feed(second).isAccepted()).isTrue();
    }

    @Test
    void aRevokedLinkStopsWorkingAndRevokingTwiceSaysThereWasNone() {
        String link = calendars.newFeed(ANN);

        assertThat(calendars.revokeFeed(ANN)).isTrue();
        assertThat(calendars.feed(link).rejection()).isEqualTo(EventCalendars.NO_FEED);
        assertThat(calendars.revokeFeed(ANN)).isFalse();
    }
}
