package io.eventboard.application.retention;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.NotificationBuilder.aNotification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.event.cancel.CancelEvent;
import io.eventboard.application.rating.rate.RateEvent;
import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationStatus;
import io.eventboard.domain.rating.Rating;
import io.eventboard.domain.rating.Score;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.user.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PurgeExpiredEventsTest {

    private final TestBoard board = TestBoard.now();
    private final PurgeExpiredEvents purge = board.purgeExpiredEvents();

    private static Duration days(long days) {
        return Duration.ofDays(days);
    }

    private Event finished(EventStatus status, Duration lastChangedAgo, UserId... attendees) {
        return board.givenWithAttendees(anEvent().startedAgo(lastChangedAgo.plus(days(1))).createdAgo(lastChangedAgo)
                .inStatus(status), attendees);
    }

    @Test
    void only_events_finished_before_the_retention_period_are_removed() {
        Event oldCompleted = finished(EventStatus.COMPLETED, days(8));
        Event oldCancelled = finished(EventStatus.CANCELLED, days(30));
        Event recentCompleted = finished(EventStatus.COMPLETED, days(6));
        Event justInsideRetention = finished(EventStatus.CANCELLED, TestBoard.RETENTION);
        Event oldOngoing = finished(EventStatus.ONGOING, days(30));
        Event oldScheduled = board.given(anEvent().startingIn(days(1)).createdAgo(days(30)));

        long deleted = purge.purge();

        assertThat(deleted).isEqualTo(2);
        assertThat(board.events().exists(oldCompleted.id())).isFalse();
        assertThat(board.events().exists(oldCancelled.id())).isFalse();
        assertThat(board.events().all()).extracting(Event::id).containsExactlyInAnyOrder(recentCompleted.id(),
                justInsideRetention.id(), oldOngoing.id(), oldScheduled.id());
    }

    @Test
    void a_purged_event_takes_its_bookings_and_ratings_with_it() {
        UserId ada = board.aUser();
        Event old = finished(EventStatus.COMPLETED, days(10), ada, board.aUser());
        Event kept = finished(EventStatus.COMPLETED, days(1), ada);
        board.inTransaction(() -> {
            board.ratings().save(new Rating(old.id(), ada, new Score(4), null, board.instant(), board.instant()));
            board.ratings().save(new Rating(kept.id(), ada, new Score(5), null, board.instant(), board.instant()));
            return null;
        });

        purge.purge();

        assertThat(board.bookings().of(old.id())).isEmpty();
        assertThat(board.ratings().of(old.id())).isEmpty();
        assertThat(board.bookings().of(kept.id())).hasSize(1);
        assertThat(board.ratings().of(kept.id())).hasSize(1);
    }

    @Test
    void a_large_backlog_is_purged_in_batches_of_one_transaction_each() {
        List<Event> old = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            old.add(finished(i % 2 == 0 ? EventStatus.COMPLETED : EventStatus.CANCELLED, days(8 + i)));
        }
        int before = board.database().committedTransactions();

        assertThat(purge.purge()).isEqualTo(7);

        assertThat(board.events().all()).isEmpty();
        // 3 + 3 + 1: the short batch ends the run
        assertThat(board.database().committedTransactions() - before).isEqualTo(3);
    }

    @Test
    void a_backlog_of_whole_batches_ends_with_an_empty_batch() {
        for (int i = 0; i < 6; i++) {
            finished(EventStatus.COMPLETED, days(9));
        }
        int before = board.database().committedTransactions();

        assertThat(purge.purge()).isEqualTo(6);
        assertThat(board.database().committedTransactions() - before).isEqualTo(3);
    }

    @Test
    void with_nothing_expired_nothing_is_removed() {
        Event recent = finished(EventStatus.COMPLETED, days(1));

        assertThat(purge.purge()).isZero();
        assertThat(board.events().exists(recent.id())).isTrue();
    }

    @Test
    void an_event_becomes_purgeable_once_the_clock_passes_its_retention() {
        Event event = finished(EventStatus.COMPLETED, days(6));
        assertThat(purge.purge()).isZero();

        board.advance(days(1).plusSeconds(1));

        assertThat(purge.purge()).isEqualTo(1);
        assertThat(board.events().exists(event.id())).isFalse();
    }

    @Test
    void retention_must_not_be_negative_and_batches_must_be_positive() {
        assertThatThrownBy(() -> new PurgeExpiredEvents(board.transactions(), board.schedule(), days(-1), 3,
                board.clock())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PurgeExpiredEvents(board.transactions(), board.schedule(), days(1), 0,
                board.clock())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PurgeExpiredEvents(board.transactions(), board.schedule(), null, 3,
                board.clock())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_zero_retention_turns_the_purge_off() {
        PurgeExpiredEvents off = new PurgeExpiredEvents(board.transactions(), board.schedule(), Duration.ZERO,
                3, board.clock());
        Event ancient = finished(EventStatus.CANCELLED, days(365));

        assertThat(off.isEnabled()).isFalse();
        assertThat(off.purge()).isZero();
        assertThat(board.events().exists(ancient.id())).isTrue();
        assertThat(purge.isEnabled()).isTrue();
        assertThat(purge.retention()).isEqualTo(TestBoard.RETENTION);
    }

    @Test
    void retention_counts_from_when_the_event_finished_not_from_later_changes_such_as_ratings() {
        UserId ada = board.aUser();
        Event event = board.givenWithAttendees(anEvent().startedAgo(days(2)).lasting(Duration.ofHours(1))
                .createdAgo(days(3)), ada);
        board.advanceEventStatuses().sweep(Optional.empty());
        board.advance(days(6));
        board.rateEvent().rate(new RateEvent.Command(event.id(), ada, new Score(5), null));
        board.advance(days(1).plusSeconds(1));

        assertThat(purge.purge()).isEqualTo(1);
        assertThat(board.events().exists(event.id())).isFalse();
    }

    @Test
    void an_event_cancelled_long_after_it_was_created_is_kept_for_the_retention_after_its_cancellation() {
        Event event = board.given(anEvent().startingIn(days(30)).createdAgo(days(30)));
        board.cancelEvent().cancel(new CancelEvent.Command(Actor.admin(board.aUser()), event.id()));

        board.advance(days(6));
        assertThat(purge.purge()).isZero();
        board.advance(days(1).plusSeconds(1));
        assertThat(purge.purge()).isEqualTo(1);
    }

    @Test
    void delivered_notifications_about_a_purged_event_go_with_it_and_undelivered_ones_stay() {
        UserId ada = board.aUser();
        Event old = finished(EventStatus.COMPLETED, days(10), ada);
        Notification sent = aNotification().about(old.id()).dedupedBy("sent").inStatus(NotificationStatus.SENT)
                .build();
        Notification queued = aNotification().about(old.id()).dedupedBy("queued").build();
        Notification failed = aNotification().about(old.id()).dedupedBy("failed")
                .inStatus(NotificationStatus.FAILED).build();
        Notification unrelated = aNotification().dedupedBy("direct").inStatus(NotificationStatus.SENT).build();
        board.inTransaction(() -> board.notifications().enqueue(List.of(sent, queued, failed, unrelated)));

        purge.purge();

        assertThat(board.notifications().all()).extracting(Notification::id)
                .containsExactlyInAnyOrder(queued.id(), failed.id(), unrelated.id());
        assertThat(board.notifications().all()).allSatisfy(kept -> assertThat(kept.aboutEvent()).isEmpty());
    }
}
