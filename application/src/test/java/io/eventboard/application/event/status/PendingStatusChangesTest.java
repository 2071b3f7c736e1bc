package io.eventboard.application.event.status;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static io.eventboard.domain.testdata.EventBuilder.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.event.status.PendingStatusChanges.Pending;
import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.event.StatusPolicy;
import org.junit.jupiter.api.Test;

class PendingStatusChangesTest {

    private final TestBoard board = TestBoard.now();
    private final PendingStatusChanges pending = board.pendingStatusChanges();

    @Test
    void lists_the_scheduled_events_whose_start_has_come_and_changes_nothing() {
        Event due = board.given(anEvent().startedAgo(minutes(5)));
        board.given(anEvent().startingIn(hours(1)));
        board.given(anEvent().startedAgo(minutes(5)).inStatus(EventStatus.CANCELLED));

        assertThat(pending.list(Pending.START)).extracting(Event::id).containsExactly(due.id());
        assertThat(board.events().get(due.id()).status()).isEqualTo(EventStatus.SCHEDULED);
    }

    @Test
    void lists_the_live_events_whose_end_has_come() {
        Event over = board.given(anEvent().startedAgo(hours(3)).inStatus(EventStatus.ONGOING));
        board.given(anEvent().startedAgo(minutes(30)).inStatus(EventStatus.ONGOING));

        assertThat(pending.list(Pending.FINISH)).extracting(Event::id).containsExactly(over.id());
    }

    @Test
    void lists_at_most_the_limit() {
        for (int i = 0; i < TestBoard.BATCH_SIZE + 2; i++) {
            board.given(anEvent().startedAgo(minutes(5 + i)));
        }

        assertThat(pending.list(Pending.START)).hasSize(TestBoard.BATCH_SIZE);
    }

    @Test
    void the_limit_must_be_positive() {
        assertThatThrownBy(() -> new PendingStatusChanges(board.transactions(), board.schedule(),
                new StatusPolicy(TestBoard.DEFAULT_EVENT_LENGTH), 0, board.clock()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
