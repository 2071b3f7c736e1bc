package io.eventboard.persistence.notification;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static io.eventboard.domain.testdata.EventBuilder.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.booking.BookingId;
import io.eventboard.domain.booking.BookingStatus;
import io.eventboard.domain.booking.Bookings;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventChanges;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.notification.DueReminder;
import io.eventboard.domain.notification.DueReminders;
import io.eventboard.domain.notification.ReminderPolicy;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.Venue;
import io.eventboard.domain.venue.VenueId;
import io.eventboard.domain.venue.Venues;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresDueRemindersTest extends DatabaseTest {

    private static final Instant NOW = TestTime.NOW;
    private static final ReminderPolicy POLICY = new ReminderPolicy(hours(1));

    @Inject
    DueReminders reminders;
    @Inject
    Bookings bookings;
    @Inject
    Events events;
    @Inject
    Transactions transactions;
    @Inject
    Given given;
    @Inject
    Venues venues;

    @Test
    void claimsActiveBookingsOfScheduledEventsStartingWithinTheLead() {
        Event soon = given.event(anEvent().titled("Soon").startingIn(minutes(30)));
        UserId ann = given.user("ann");
        UserId ben = given.user("ben");
        Booking annBooking = book(soon, ann);
        book(soon, ben);
        cancel(book(soon, given.user("cancelled")));
        book(given.event(anEvent().startingIn(hours(2))), ann);
        book(given.event(anEvent().startingIn(minutes(30)).inStatus(EventStatus.CANCELLED)), ann);
        book(given.event(anEvent().startedAgo(minutes(1))), ann);

        List<DueReminder> due = reminders.claim(NOW, POLICY, 10);

        assertThat(due).extracting(DueReminder::user).containsExactlyInAnyOrder(ann, ben);
        assertThat(due).contains(new DueReminder(annBooking.id(), ann, soon.id(), "Soon", soon.startsAt(),
                ZoneId.of("UTC")));
    }

    @Test
    void aDueReminderCarriesTheTimeZoneOfItsVenue() {
        Venue madrid = new Venue(new VenueId(UUID.randomUUID()), "Sala", "Madrid", null, ZoneId.of("Europe/Madrid"));
        venues.add(madrid);
        book(given.event(anEvent().startingIn(minutes(30)).inVenue(madrid.id())), given.user("ann"));

        assertThat(reminders.claim(NOW, POLICY, 10)).extracting(DueReminder::timeZone)
                .containsExactly(ZoneId.of("Europe/Madrid"));
    }

    @Test
    void aRemindedBookingIsNotClaimedAgainUntilTheEventMoves() {
        Event event = given.event(anEvent().startingIn(minutes(30)));
        book(event, given.user("ann"));
        reminders.claim(NOW, POLICY, 10);

        assertThat(reminders.claim(NOW, POLICY, 10)).isEmpty();

        Instant movedTo = NOW.plus(minutes(45));
        events.update(event.revise(new EventChanges(null, null, null, null, null, movedTo, null, null), NOW).value());
        assertThat(reminders.claim(NOW, POLICY, 10)).extracting(DueReminder::startsAt).containsExactly(movedTo);
    }

    @Test
    void claimTakesAtMostTheLimit() {
        Event event = given.event(anEvent().startingIn(minutes(30)));
        for (int i = 0; i < 3; i++) {
            book(event, given.user("user" + i));
        }

        assertThat(reminders.claim(NOW, POLICY, 2)).hasSize(2);
    }

    /** The order the outbox's indexes take the reminders in (UUIDs compared as PostgreSQL does, as text). */
    @Test
    void claimsEarliestStartFirstThenByEventAndUser() {
        Event later = given.event(anEvent().startingIn(minutes(40)));
        Event first = given.event(anEvent().startingIn(minutes(20)));
        Event second = given.event(anEvent().startingIn(minutes(20)));
        for (int i = 0; i < 4; i++) {
            UserId user = given.user("user" + i);
            book(later, user);
            book(first, user);
            book(second, user);
        }

        List<DueReminder> due = reminders.claim(NOW, POLICY, 12);

        assertThat(due).hasSize(12).isSortedAccordingTo(Comparator.comparing(DueReminder::startsAt)
                .thenComparing(reminder -> reminder.event().value().toString())
                .thenComparing(reminder -> reminder.user().value().toString()));
    }

    @Test
    void aBatchGoesOnAfterTheLastReminderOfThePreviousOne() {
        Event event = given.event(anEvent().startingIn(minutes(30)));
        for (int i = 0; i < 4; i++) {
            book(event, given.user("user" + i));
        }

        List<DueReminder> first = reminders.claim(NOW, POLICY, 2);
        List<DueReminder> second = reminders.claim(NOW, POLICY, 10, first.get(1));

        assertThat(second).hasSize(2);
        assertThat(DueReminder.CLAIM_ORDER.compare(second.get(0), first.get(1))).isPositive();
    }

    @Test
    void bookingsBeforeTheCursorAreLeftForTheNextRun() {
        Event event = given.event(anEvent().startingIn(minutes(30)));
        List<UserId> users = Stream.of("ann", "ben", "cid").map(given::user)
                .sorted(Comparator.comparing(user -> user.value().toString())).toList();
        users.forEach(user -> book(event, user));
        DueReminder cursor = new DueReminder(null, users.get(0), event.id(), event.title(), event.startsAt(),
                ZoneId.of("UTC"));

        assertThat(reminders.claim(NOW, POLICY, 10, cursor)).extracting(DueReminder::user)
                .containsExactly(users.get(1), users.get(2));
        assertThat(reminders.claim(NOW, POLICY, 10)).extracting(DueReminder::user).containsExactly(users.get(0));
    }

    @Test
    void bookingsClaimedByAnUnfinishedRunAreSkippedByAnother() throws Exception {
        Event event = given.event(anEvent().startingIn(minutes(30)));
        book(event, given.user("ann"));
        book(event, given.user("ben"));

        List<DueReminder> secondRun = transactions.inTransaction(() -> {
            List<DueReminder> firstRun = reminders.claim(NOW, POLICY, 1);
            assertThat(firstRun).hasSize(1);
            try {
                return CompletableFuture.supplyAsync(() -> transactions.inTransaction(
                        () -> reminders.claim(NOW, POLICY, 10))).get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(secondRun).hasSize(1);
    }

    private Booking book(Event event, UserId user) {
        Booking booking = Booking.active(new BookingId(UUID.randomUUID()), event.id(), user, NOW.minus(hours(1)));
        bookings.add(booking);
        return booking;
    }

    private void cancel(Booking booking) {
        bookings.update(new Booking(booking.id(), booking.event(), booking.user(), BookingStatus.CANCELLED,
                booking.createdAt(), NOW));
    }
}
