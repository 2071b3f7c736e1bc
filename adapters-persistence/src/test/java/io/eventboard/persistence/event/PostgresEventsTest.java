package io.eventboard.persistence.event;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.booking.BookingId;
import io.eventboard.domain.booking.Bookings;
import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.common.ConcurrentUpdate;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventChanges;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.event.ExternalRef;
import io.eventboard.domain.rating.Rating;
import io.eventboard.domain.rating.Ratings;
import io.eventboard.domain.rating.Score;
import io.eventboard.domain.tag.Tags;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.Venue;
import io.eventboard.domain.venue.Venues;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.eventboard.persistence.testing.DirectSql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresEventsTest extends DatabaseTest {

    private static final Instant NOW = TestTime.NOW;

    @Inject
    Events events;
    @Inject
    Bookings bookings;
    @Inject
    Ratings ratings;
    @Inject
    Venues venues;
    @Inject
    Tags tags;
    @Inject
    Transactions transactions;
    @Inject
    Given given;

    @Test
    void storesAndReadsBackEveryField() {
        Venue venue = venues.findOrCreate("Kulturhaus", "Berlin", "Main street 1");
        ChannelId channel = given.channel("Kotlin User Group");
        Event event = given.event(anEvent().titled("Coroutines deep dive").inVenue(venue.id()).inChannel(channel)
                .taggedWith("kotlin", "jvm").lasting(hours(3)).withCapacity(40).withSeatsBooked(7)
                .inStatus(EventStatus.COMPLETED).ratedBy(3, 12).importedFrom("meetup", "ev-42").atVersion(4));

        assertThat(events.findById(event.id())).contains(event);
        assertThat(events.findByExternalRef(new ExternalRef("meetup", "ev-42"))).contains(event);
        assertThat(events.findByExternalRef(new ExternalRef("meetup", "ev-43"))).isEmpty();
    }

    @Test
    void anEventWithoutOptionalPartsReadsBackTheSame() {
        Event event = given.event(anEvent());

        assertThat(events.findById(event.id())).contains(event);
    }

    @Test
    void updateStoresTheNewStateAndBumpsTheVersion() {
        tags.ensure(Set.of("kotlin", "java", "jvm"));
        Event event = given.event(anEvent().taggedWith("kotlin", "jvm"));
        Event revised = event.revise(new EventChanges("New title", null, null, null, Set.of("java", "jvm"),
                NOW.plus(hours(5)), null, 30), NOW).value();

        events.update(revised);

        Event stored = events.findById(event.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(event.version() + 1);
        assertThat(stored.title()).isEqualTo("New title");
        assertThat(stored.details().tags()).containsExactlyInAnyOrder("java", "jvm");
        assertThat(stored.startsAt()).isEqualTo(NOW.plus(hours(5)));
        assertThat(stored.capacity()).isEqualTo(30);
        assertThat(stored.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void anUpdateFromAStaleVersionIsAConcurrentUpdate() {
        Event event = given.event(anEvent());
        events.update(event.revise(titled("First writer"), NOW).value());

        assertThatThrownBy(() -> events.update(event.revise(titled("Second writer"), NOW).value()))
                .isInstanceOf(ConcurrentUpdate.class);
        assertThat(events.findById(event.id()).orElseThrow().title()).isEqualTo("First writer");
    }

    @Test
    void anUnknownTagIsRefusedAndLeavesNoEventBehind() {
        Event event = anEvent().taggedWith("never-created").build();
        given.user(event.organizer(), "organizer");

        assertThatThrownBy(() -> events.add(event))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("never-created");
        assertThat(events.findById(event.id())).isEmpty();
    }

    @Test
    void aLockedEventMakesTheNextLockerWaitUntilCommit() throws Exception {
        Event event = given.event(anEvent());
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.inTransaction(() -> {
            Event mine = events.lockById(event.id()).orElseThrow();
            locked.countDown();
            await(release);
            events.update(mine.revise(titled("Written under the lock"), NOW).value());
            return null;
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Event> second = CompletableFuture.supplyAsync(() -> transactions.inTransaction(
                () -> events.lockById(event.id()).orElseThrow()));

        Thread.sleep(300);
        assertThat(second).as("the second locker waits for the first").isNotDone();
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        Event seenBySecond = second.get(10, TimeUnit.SECONDS);
        assertThat(seenBySecond.title()).isEqualTo("Written under the lock");
        assertThat(seenBySecond.version()).isEqualTo(event.version() + 1);
    }

    @Test
    void deleteRemovesTheEventWithItsBookingsRatingsAndTagLinks() {
        Event event = given.event(anEvent().taggedWith("kotlin"));
        UserId attendee = given.user("bob");
        bookings.add(Booking.active(new BookingId(UUID.randomUUID()), event.id(), attendee, NOW));
        ratings.save(new Rating(event.id(), attendee, new Score(4), "good", NOW, NOW));

        events.delete(event.id());

        assertThat(events.findById(event.id())).isEmpty();
        assertThat(DirectSql.number("SELECT count(*) FROM bookings")).isZero();
        assertThat(DirectSql.number("SELECT count(*) FROM ratings")).isZero();
        assertThat(DirectSql.number("SELECT count(*) FROM event_tags")).isZero();
        assertThat(DirectSql.number("SELECT count(*) FROM tags")).as("the tag itself stays").isEqualTo(1);
    }

    private static EventChanges titled(String title) {
        return new EventChanges(title, null, null, null, null, null, null, null);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
