package io.eventboard.persistence.event;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.event.query.EventCatalog;
import io.eventboard.application.event.query.EventFilter;
import io.eventboard.application.event.query.EventQuery;
import io.eventboard.application.event.query.EventSort;
import io.eventboard.application.event.query.EventView;
import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.booking.BookingId;
import io.eventboard.domain.booking.BookingStatus;
import io.eventboard.domain.booking.Bookings;
import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.testdata.EventBuilder;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.Venue;
import io.eventboard.domain.venue.Venues;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.eventboard.persistence.jdbc.Sql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** One event for a detail page, and a user's upcoming events. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresEventCatalogTest extends DatabaseTest {

    private static final Instant NOW = TestTime.NOW;

    @Inject
    EventCatalog catalog;
    @Inject
    Venues venues;
    @Inject
    Bookings bookings;
    @Inject
    Given given;
    @Inject
    Transactions transactions;
    @Inject
    Sql sql;

    @Test
    void findShowsEverythingAboutAnEvent() {
        Venue venue = venues.findOrCreate("Kulturhaus", "Berlin", "Main street 1");
        ChannelId channel = given.channel("Kotlin User Group");
        UserId alice = given.user("alice");
        Event event = given.event(anEvent().titled("Coroutines deep dive").inVenue(venue.id()).inChannel(channel)
                .taggedWith("kotlin", "jvm", "async").lasting(hours(3)).withCapacity(40).withSeatsBooked(7)
                .inStatus(EventStatus.COMPLETED).ratedBy(3, 13).importedFrom("meetup", "ev-42").atVersion(4)
                .organizedBy(alice));

        EventView view = catalog.find(event.id()).orElseThrow();

        assertThat(view.id()).isEqualTo(event.id().value());
        assertThat(view.title()).isEqualTo("Coroutines deep dive");
        assertThat(view.description()).isEqualTo(event.details().description());
        assertThat(view.startsAt()).isEqualTo(event.startsAt());
        assertThat(view.endsAt()).isEqualTo(event.startsAt().plus(hours(3)));
        assertThat(view.capacity()).isEqualTo(40);
        assertThat(view.seatsBooked()).isEqualTo(7);
        assertThat(view.seatsFree()).isEqualTo(33);
        assertThat(view.status()).isEqualTo(EventStatus.COMPLETED);
        assertThat(view.ratingAvg()).isEqualTo(13.0 / 3);
        assertThat(view.ratingCount()).isEqualTo(3);
        assertThat(view.venue()).isEqualTo(new EventView.VenueRef(venue.id().value(), "Kulturhaus", "Berlin",
                "Main street 1", ZoneId.of("UTC")));
        assertThat(view.channel()).isEqualTo(new EventView.ChannelRef(channel.value(), "Kotlin User Group"));
        assertThat(view.organizer()).isEqualTo(new EventView.OrganizerRef(alice.value(), "alice"));
        assertThat(view.tags()).containsExactly("async", "jvm", "kotlin");
        assertThat(view.imported()).isTrue();
        assertThat(view.createdAt()).isEqualTo(event.createdAt());
        assertThat(view.updatedAt()).isEqualTo(event.updatedAt());
        assertThat(view.version()).isEqualTo(4);
    }

    @Test
    void anEventIsReadInItsVenuesTimeZoneInTheSameQuery() {
        Venue madrid = venues.findOrCreate("Sala", "Madrid", null);
        venues.update(new Venue(madrid.id(), "Sala", "Madrid", null, ZoneId.of("Europe/Madrid")));
        Event event = given.event(anEvent().at(Instant.parse("2030-07-01T16:00:00Z")).startingIn(hours(2))
                .inVenue(madrid.id()));

        EventView view = catalog.find(event.id()).orElseThrow();

        assertThat(view.timeZone()).isEqualTo(ZoneId.of("Europe/Madrid"));
        assertThat(view.localStartsAt()).hasToString("2030-07-01T20:00+02:00");
        assertThat(catalog.find(given.event(anEvent()).id()).orElseThrow().timeZone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void findShowsAnEventWithoutVenueChannelTagsOrRatings() {
        Event event = given.event(anEvent());

        EventView view = catalog.find(event.id()).orElseThrow();

        assertThat(view.venue()).isNull();
        assertThat(view.channel()).isNull();
        assertThat(view.tags()).isEmpty();
        assertThat(view.endsAt()).isNull();
        assertThat(view.ratingAvg()).isZero();
        assertThat(view.ratingCount()).isZero();
        assertThat(view.imported()).isFalse();
        assertThat(view.organizer().id()).isEqualTo(event.organizer().value());
    }

    @Test
    void findAnswersNothingForAnUnknownEvent() {
        assertThat(catalog.find(new EventId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void upcomingListsTheUsersActivelyBookedScheduledEventsThatHaveNotStartedSoonestFirst() {
        UserId bob = given.user("bob");
        UserId carol = given.user("carol");
        Event later = bookedBy(bob, anEvent().titled("Later").startingIn(hours(48)));
        Event sooner = bookedBy(bob, anEvent().titled("Sooner").startingIn(hours(2)));
        Event cancelledBooking = given.event(anEvent().titled("Cancelled booking").startingIn(hours(3)));
        bookings.add(new Booking(new BookingId(UUID.randomUUID()), cancelledBooking.id(), bob,
                BookingStatus.CANCELLED, NOW.minus(hours(2)), NOW.minus(hours(1))));
        bookedBy(bob, anEvent().titled("Started, not yet swept").startedAgo(hours(1)));
        bookedBy(bob, anEvent().titled("Ongoing").startedAgo(hours(1)).inStatus(EventStatus.ONGOING));
        bookedBy(bob, anEvent().titled("Cancelled event").startingIn(hours(5)).inStatus(EventStatus.CANCELLED));
        bookedBy(bob, anEvent().titled("Completed").startedAgo(hours(30)).inStatus(EventStatus.COMPLETED));
        bookedBy(carol, anEvent().titled("Carol's"));
        given.event(anEvent().titled("Not booked"));

        Page<EventView> upcoming = catalog.upcomingFor(bob, NOW, PageRequest.first());

        assertThat(upcoming.items()).extracting(EventView::id)
                .containsExactly(sooner.id().value(), later.id().value());
        assertThat(upcoming.total()).isEqualTo(2);
        assertThat(upcoming.totalExact()).isTrue();
        assertThat(upcoming.nextCursor()).isNull();
    }

    @Test
    void anEventStartingExactlyNowIsNoLongerUpcoming() {
        UserId bob = given.user("bob");
        bookedBy(bob, anEvent().startingIn(hours(0)));

        assertThat(catalog.upcomingFor(bob, NOW, PageRequest.first()).items()).isEmpty();
    }

    @Test
    void upcomingIsPagedWithAnExactCount() {
        UserId bob = given.user("bob");
        for (int i = 1; i <= 5; i++) {
            bookedBy(bob, anEvent().titled("Event " + i).startingIn(hours(i)));
        }

        Page<EventView> second = catalog.upcomingFor(bob, NOW, new PageRequest(2, 2));
        Page<EventView> third = catalog.upcomingFor(bob, NOW, new PageRequest(3, 2));
        Page<EventView> past = catalog.upcomingFor(bob, NOW, new PageRequest(4, 2));

        assertThat(titles(second)).containsExactly("Event 3", "Event 4");
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.totalExact()).isTrue();
        assertThat(titles(third)).containsExactly("Event 5");
        assertThat(third.total()).isEqualTo(5);
        assertThat(past.items()).isEmpty();
        assertThat(past.total()).isEqualTo(5);
    }

    @Test
    void aListingIsPlannedWithItsOwnValuesEvenWhenTheStatementIsPrepared() {
        String mode = transactions.inTransaction(() -> {
            catalog.search(new EventQuery(EventFilter.NONE, EventSort.DEFAULT, PageRequest.first(), null), 100);
            return sql.one("SHOW plan_cache_mode", p -> {
            }, row -> row.text("plan_cache_mode")).orElseThrow();
        });

        assertThat(mode).isEqualTo("force_custom_plan");
    }

    private Event bookedBy(UserId user, EventBuilder builder) {
        Event event = given.event(builder);
        bookings.add(Booking.active(new BookingId(UUID.randomUUID()), event.id(), user, NOW.minus(hours(1))));
        return event;
    }

    private static List<String> titles(Page<EventView> page) {
        return page.items().stream().map(EventView::title).toList();
    }
}
