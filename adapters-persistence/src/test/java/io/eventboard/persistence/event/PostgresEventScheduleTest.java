package io.eventboard.persistence.event;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static io.eventboard.domain.testdata.EventBuilder.minutes;
import static io.eventboard.domain.testdata.NotificationBuilder.aNotification;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.booking.BookingId;
import io.eventboard.domain.booking.Bookings;
import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.EventSchedule;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.event.StatusPolicy;
import io.eventboard.domain.event.SweepCounts;
import io.eventboard.domain.notification.NotificationStatus;
import io.eventboard.domain.notification.Outbox;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.eventboard.persistence.testing.DirectSql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresEventScheduleTest extends DatabaseTest {

    private static final Instant NOW = TestTime.NOW;
    private static final StatusPolicy POLICY = new StatusPolicy(hours(2));

    @Inject
    EventSchedule schedule;
    @Inject
    Events events;
    @Inject
    Bookings bookings;
    @Inject
    Outbox outbox;
    @Inject
    Given given;
    @Inject
    CatalogChanges changes;

    @Test
    void advanceDueMovesEachDueEventAsFarAsTimeSays() {
        Event started = given.event(anEvent().startedAgo(minutes(10)).lasting(hours(1)));
        Event ended = given.event(anEvent().startedAgo(hours(3)).lasting(hours(1)).inStatus(EventStatus.ONGOING));
        Event missed = given.event(anEvent().startedAgo(hours(5)));
        Event future = given.event(anEvent().startingIn(hours(1)));
        Event running = given.event(anEvent().startedAgo(minutes(30)).inStatus(EventStatus.ONGOING));
        Event cancelled = given.event(anEvent().startedAgo(hours(5)).inStatus(EventStatus.CANCELLED));
        Event completed = given.event(anEvent().startedAgo(hours(5)).inStatus(EventStatus.COMPLETED));

        SweepCounts counts = schedule.advanceDue(NOW, POLICY, Optional.empty(), 100);

        assertThat(counts).as("the missed event counts as started and as completed")
                .isEqualTo(new SweepCounts(2, 2));
        assertThat(statusOf(started)).isEqualTo(EventStatus.ONGOING);
        assertThat(statusOf(ended)).isEqualTo(EventStatus.COMPLETED);
        assertThat(statusOf(missed)).isEqualTo(EventStatus.COMPLETED);
        assertThat(statusOf(future)).isEqualTo(EventStatus.SCHEDULED);
        assertThat(statusOf(running)).isEqualTo(EventStatus.ONGOING);
        assertThat(statusOf(cancelled)).isEqualTo(EventStatus.CANCELLED);
        assertThat(statusOf(completed)).isEqualTo(EventStatus.COMPLETED);
        Event moved = events.findById(missed.id()).orElseThrow();
        assertThat(moved.version()).as("a sweep is an update like any other").isEqualTo(missed.version() + 1);
        assertThat(moved.updatedAt()).isEqualTo(NOW);
        assertThat(schedule.advanceDue(NOW, POLICY, Optional.empty(), 100)).isEqualTo(SweepCounts.NONE);
    }

    @Test
    void aSweepThatMovesEventsChangesWhatListingsShowAndOneThatFindsNoneDoesNot() {
        given.event(anEvent().startedAgo(minutes(10)));
        long before = changes.generation();

        schedule.advanceDue(NOW, POLICY, Optional.empty(), 100);
        long afterMove = changes.generation();
        schedule.advanceDue(NOW, POLICY, Optional.empty(), 100);

        assertThat(afterMove).isGreaterThan(before);
        assertThat(changes.generation()).isEqualTo(afterMove);
    }

    @Test
    void advanceDueOfOneChannelLeavesTheOthersAlone() {
        ChannelId mine = given.channel("mine");
        ChannelId other = given.channel("other");
        Event inMine = given.event(anEvent().startedAgo(minutes(5)).inChannel(mine));
        Event inOther = given.event(anEvent().startedAgo(minutes(5)).inChannel(other));
        Event inNone = given.event(anEvent().startedAgo(minutes(5)));

        SweepCounts counts = schedule.advanceDue(NOW, POLICY, Optional.of(mine), 100);

        assertThat(counts).isEqualTo(new SweepCounts(1, 0));
        assertThat(statusOf(inMine)).isEqualTo(EventStatus.ONGOING);
        assertThat(statusOf(inOther)).isEqualTo(EventStatus.SCHEDULED);
        assertThat(statusOf(inNone)).isEqualTo(EventStatus.SCHEDULED);
    }

    @Test
    void advanceDueMovesAtMostTheLimitAndTheRestNextTime() {
        for (int i = 0; i < 5; i++) {
            given.event(anEvent().startedAgo(minutes(i + 1)));
        }

        assertThat(schedule.advanceDue(NOW, POLICY, Optional.empty(), 2).totalUpdated()).isEqualTo(2);
        assertThat(schedule.advanceDue(NOW, POLICY, Optional.empty(), 10).totalUpdated()).isEqualTo(3);
    }

    @Test
    void concurrentSweepsMoveEveryEventExactlyOnce() throws Exception {
        int total = 100;
        for (int i = 0; i < total; i++) {
            given.event(anEvent().startedAgo(minutes(1)));
        }
        ExecutorService sweepers = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Long>> sweeps = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sweeps.add(sweepers.submit(() -> {
                    start.await();
                    long started = 0;
                    SweepCounts batch;
                    do {
                        batch = schedule.advanceDue(NOW, POLICY, Optional.empty(), 7);
                        started += batch.scheduledToOngoing();
                    } while (batch.totalUpdated() > 0);
                    return started;
                }));
            }
            start.countDown();
            long started = 0;
            for (Future<Long> sweep : sweeps) {
                started += sweep.get(30, TimeUnit.SECONDS);
            }

            assertThat(started).isEqualTo(total);
            assertThat(DirectSql.number("SELECT count(*) FROM events WHERE status = 'ONGOING' AND version = 1"))
                    .isEqualTo(total);
        } finally {
            sweepers.shutdownNow();
        }
    }

    @Test
    void dueToStartListsScheduledEventsWhoseStartIsReachedSoonestFirst() {
        Event later = given.event(anEvent().startedAgo(minutes(1)));
        Event earlier = given.event(anEvent().startedAgo(minutes(20)));
        given.event(anEvent().startingIn(minutes(1)));
        given.event(anEvent().startedAgo(minutes(30)).inStatus(EventStatus.ONGOING));

        assertThat(schedule.dueToStart(NOW, 10)).extracting(Event::id).containsExactly(earlier.id(), later.id());
        assertThat(schedule.dueToStart(NOW, 1)).extracting(Event::id).containsExactly(earlier.id());
    }

    @Test
    void dueToCompleteUsesTheEndOrTheDefaultLength() {
        Event endedByItsEnd = given.event(anEvent().startedAgo(hours(2)).lasting(minutes(30))
                .inStatus(EventStatus.ONGOING));
        Event endedByDefaultLength = given.event(anEvent().startedAgo(hours(3)));
        given.event(anEvent().startedAgo(hours(1)).inStatus(EventStatus.ONGOING));
        given.event(anEvent().startedAgo(hours(1)).lasting(hours(4)).inStatus(EventStatus.ONGOING));
        given.event(anEvent().startedAgo(hours(9)).inStatus(EventStatus.CANCELLED));

        assertThat(schedule.dueToComplete(NOW, POLICY, 10)).extracting(Event::id)
                .containsExactly(endedByItsEnd.id(), endedByDefaultLength.id());
    }

    @Test
    void purgeDeletesOldFinishedEventsUpToTheLimit() {
        Duration longAgo = Duration.ofDays(40);
        Event oldCompleted = given.event(anEvent().startedAgo(longAgo).inStatus(EventStatus.COMPLETED)
                .createdAgo(longAgo.plusDays(1)));
        Event oldCancelled = given.event(anEvent().startedAgo(longAgo).inStatus(EventStatus.CANCELLED)
                .createdAgo(longAgo.plusDays(2)));
        Event recentCompleted = given.event(anEvent().startedAgo(hours(5)).inStatus(EventStatus.COMPLETED));
        Event oldButLive = given.event(anEvent().startedAgo(longAgo).inStatus(EventStatus.ONGOING)
                .createdAgo(longAgo.plusDays(1)));
        bookings.add(Booking.active(new BookingId(UUID.randomUUID()), oldCompleted.id(), given.user("bob"),
                NOW.minus(longAgo)));
        Instant cutoff = NOW.minus(Duration.ofDays(30));

        assertThat(schedule.purgeFinishedBefore(cutoff, 1)).isEqualTo(1);
        assertThat(exists(oldCancelled.id())).as("the oldest goes first").isFalse();
        assertThat(schedule.purgeFinishedBefore(cutoff, 10)).isEqualTo(1);
        assertThat(exists(oldCompleted.id())).isFalse();
        assertThat(exists(recentCompleted.id())).isTrue();
        assertThat(exists(oldButLive.id())).isTrue();
        assertThat(DirectSql.number("SELECT count(*) FROM bookings")).isZero();
        assertThat(schedule.purgeFinishedBefore(cutoff, 10)).isZero();
    }

    @Test
    void anEventFinishesWhenItsStatusBecomesFinalAndLaterChangesDoNotMoveThatMoment() {
        Event live = given.event(anEvent().startedAgo(hours(3)).lasting(hours(1)).createdAgo(Duration.ofDays(1)));
        Event insertedCancelled = given.event(anEvent().inStatus(EventStatus.CANCELLED)
                .createdAgo(Duration.ofDays(2)));

        assertThat(finishedAt(live)).isNull();
        assertThat(finishedAt(insertedCancelled)).isEqualTo(NOW.minus(Duration.ofDays(2)));

        schedule.advanceDue(NOW, POLICY, Optional.empty(), 100);
        assertThat(finishedAt(live)).isEqualTo(NOW);

        Event completed = events.findById(live.id()).orElseThrow();
        events.update(completed.withRatings(completed.ratings(), NOW.plus(Duration.ofDays(3))));
        assertThat(finishedAt(live)).as("a rating after the end").isEqualTo(NOW);
    }

    @Test
    void purgeTakesTheDeliveredNotificationsOfTheEventAndLeavesTheOthersUnlinked() throws Exception {
        Event old = given.event(anEvent().startedAgo(Duration.ofDays(40)).inStatus(EventStatus.COMPLETED)
                .createdAgo(Duration.ofDays(40)));
        Event kept = given.event(anEvent().startingIn(hours(5)));
        UserId bob = given.user("bob");
        outbox.enqueue(List.of(
                aNotification().to(Recipient.inbox(bob)).about(old.id()).dedupedBy("sent-old")
                        .inStatus(NotificationStatus.SENT).build(),
                aNotification().to(Recipient.inbox(bob)).about(old.id()).dedupedBy("queued-old").build(),
                aNotification().to(Recipient.inbox(bob)).about(kept.id()).dedupedBy("sent-kept")
                        .inStatus(NotificationStatus.SENT).build()));
        DirectSql.execute("UPDATE notifications SET status = 'FAILED' WHERE dedupe_key = 'queued-old'");

        assertThat(schedule.purgeFinishedBefore(NOW.minus(Duration.ofDays(30)), 10)).isEqualTo(1);

        assertThat(DirectSql.text("SELECT string_agg(dedupe_key || '/' || coalesce(event_id::text, '-'), ',' "
                + "ORDER BY dedupe_key) FROM notifications"))
                .isEqualTo("queued-old/-,sent-kept/" + kept.id().value());
    }

    private Instant finishedAt(Event event) {
        String text = DirectSql.text("SELECT to_char(finished_at AT TIME ZONE 'UTC', "
                + "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') FROM events WHERE id = ?", event.id().value());
        return text == null ? null : Instant.parse(text);
    }

    private EventStatus statusOf(Event event) {
        return events.findById(event.id()).orElseThrow().status();
    }

    private boolean exists(EventId id) {
        return events.findById(id).isPresent();
    }
}
