package io.eventboard.application.event.sweep;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static io.eventboard.domain.testdata.EventBuilder.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.event.StatusPolicy;
import io.eventboard.domain.event.SweepCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdvanceEventStatusesTest {

    private final TestBoard board = TestBoard.now();
    private final AdvanceEventStatuses sweep = board.advanceEventStatuses();

    private EventStatus statusOf(Event event) {
        return board.events().get(event.id()).status();
    }

    @Test
    void scheduled_events_whose_start_has_come_become_ongoing_and_future_ones_stay() {
        Event due = board.given(anEvent().startedAgo(minutes(1)));
        Event startingNow = board.given(anEvent().startingIn(minutes(0)));
        Event future = board.given(anEvent().startingIn(minutes(1)));

        SweepCounts counts = sweep.sweep(Optional.empty());

        assertThat(counts).isEqualTo(new SweepCounts(2, 0));
        assertThat(statusOf(due)).isEqualTo(EventStatus.ONGOING);
        assertThat(statusOf(startingNow)).isEqualTo(EventStatus.ONGOING);
        assertThat(statusOf(future)).isEqualTo(EventStatus.SCHEDULED);
        Event moved = board.events().get(due.id());
        assertThat(moved.updatedAt()).isEqualTo(board.instant());
        assertThat(moved.version()).isEqualTo(due.version() + 1);
    }

    @Test
    void ongoing_events_complete_at_their_end_or_after_the_default_duration() {
        Event endedExplicitly = board.given(anEvent().startedAgo(hours(1)).lasting(minutes(30))
                .inStatus(EventStatus.ONGOING));
        Event stillRunning = board.given(anEvent().startedAgo(hours(1)).lasting(hours(3))
                .inStatus(EventStatus.ONGOING));
        Event defaultLengthOver = board.given(anEvent().startedAgo(TestBoard.DEFAULT_EVENT_LENGTH)
                .inStatus(EventStatus.ONGOING));
        Event defaultLengthNotOver = board.given(anEvent().startedAgo(hours(1)).inStatus(EventStatus.ONGOING));

        SweepCounts counts = sweep.sweep(Optional.empty());

        assertThat(counts).isEqualTo(new SweepCounts(0, 2));
        assertThat(statusOf(endedExplicitly)).isEqualTo(EventStatus.COMPLETED);
        assertThat(statusOf(defaultLengthOver)).isEqualTo(EventStatus.COMPLETED);
        assertThat(statusOf(stillRunning)).isEqualTo(EventStatus.ONGOING);
        assertThat(statusOf(defaultLengthNotOver)).isEqualTo(EventStatus.ONGOING);
    }

    @Test
    void a_missed_event_goes_straight_through_to_completed_and_counts_on_both_arrows() {
        Event missed = board.given(anEvent().startedAgo(hours(5)));

        SweepCounts counts = sweep.sweep(Optional.empty());

        assertThat(counts).isEqualTo(new SweepCounts(1, 1));
        assertThat(counts.totalUpdated()).isEqualTo(2);
        assertThat(statusOf(missed)).isEqualTo(EventStatus.COMPLETED);
    }

    @Test
    void cancelled_and_completed_events_never_move() {
        Event cancelled = board.given(anEvent().startedAgo(hours(5)).inStatus(EventStatus.CANCELLED));
        Event completed = board.given(anEvent().startedAgo(hours(5)).inStatus(EventStatus.COMPLETED));

        assertThat(sweep.sweep(Optional.empty())).isEqualTo(SweepCounts.NONE);

        assertThat(board.events().get(cancelled.id())).isEqualTo(cancelled);
        assertThat(board.events().get(completed.id())).isEqualTo(completed);
    }

    @Test
    void a_backlog_larger_than_a_batch_is_swept_in_several_transactions() {
        List<Event> due = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            due.add(board.given(anEvent().startedAgo(minutes(10 + i))));
        }
        for (int i = 0; i < 3; i++) {
            due.add(board.given(anEvent().startedAgo(hours(3 + i))));
        }
        for (int i = 0; i < 2; i++) {
            due.add(board.given(anEvent().startedAgo(hours(4)).inStatus(EventStatus.ONGOING)));
        }
        int transactionsBefore = board.database().committedTransactions();

        SweepCounts counts = sweep.sweep(Optional.empty());

        assertThat(counts).isEqualTo(new SweepCounts(8, 5));
        assertThat(due.subList(0, 5)).allSatisfy(event -> assertThat(statusOf(event)).isEqualTo(EventStatus.ONGOING));
        assertThat(due.subList(5, 10)).allSatisfy(event -> assertThat(statusOf(event)).isEqualTo(EventStatus.COMPLETED));
        // 10 events, at most 3 per batch: 4 batches with work and the empty one that ends the sweep
        assertThat(board.database().committedTransactions() - transactionsBefore).isEqualTo(5);
    }

    @Test
    void a_channel_sweep_moves_only_that_channels_events() {
        ChannelId jazz = board.aChannel();
        ChannelId rock = board.aChannel();
        List<Event> jazzEvents = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            jazzEvents.add(board.given(anEvent().inChannel(jazz).startedAgo(minutes(5 + i))));
        }
        Event rockEvent = board.given(anEvent().inChannel(rock).startedAgo(minutes(5)));
        Event noChannel = board.given(anEvent().startedAgo(minutes(5)));

        SweepCounts counts = sweep.sweep(Optional.of(jazz));

        assertThat(counts).isEqualTo(new SweepCounts(4, 0));
        assertThat(jazzEvents).allSatisfy(event -> assertThat(statusOf(event)).isEqualTo(EventStatus.ONGOING));
        assertThat(statusOf(rockEvent)).isEqualTo(EventStatus.SCHEDULED);
        assertThat(statusOf(noChannel)).isEqualTo(EventStatus.SCHEDULED);

        assertThat(sweep.sweep(Optional.empty())).isEqualTo(new SweepCounts(2, 0));
        assertThat(statusOf(rockEvent)).isEqualTo(EventStatus.ONGOING);
        assertThat(statusOf(noChannel)).isEqualTo(EventStatus.ONGOING);
    }

    @Test
    void with_nothing_due_the_sweep_reports_nothing_after_one_transaction() {
        board.given(anEvent().startingIn(hours(1)));
        int before = board.database().committedTransactions();

        assertThat(sweep.sweep(Optional.empty())).isEqualTo(SweepCounts.NONE);
        assertThat(board.database().committedTransactions() - before).isEqualTo(1);
    }

    @Test
    void a_second_sweep_at_the_same_time_finds_nothing_and_a_later_one_continues_the_lifecycle() {
        Event event = board.given(anEvent().startedAgo(minutes(1)));
        sweep.sweep(Optional.empty());

        assertThat(sweep.sweep(Optional.empty())).isEqualTo(SweepCounts.NONE);

        board.advance(TestBoard.DEFAULT_EVENT_LENGTH);
        assertThat(sweep.sweep(Optional.empty())).isEqualTo(new SweepCounts(0, 1));
        assertThat(statusOf(event)).isEqualTo(EventStatus.COMPLETED);
    }

    @Test
    void the_batch_size_must_be_positive() {
        assertThatThrownBy(() -> new AdvanceEventStatuses(board.transactions(), board.schedule(),
                new StatusPolicy(TestBoard.DEFAULT_EVENT_LENGTH), 0, board.clock()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
