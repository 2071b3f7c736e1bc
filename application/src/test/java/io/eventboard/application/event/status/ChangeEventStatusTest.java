package io.eventboard.application.event.status;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static io.eventboard.domain.testdata.EventBuilder.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.event.status.ChangeEventStatus.Move;
import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventStatus;
import org.junit.jupiter.api.Test;

class ChangeEventStatusTest {

    private final TestBoard board = TestBoard.now();
    private final ChangeEventStatus changeEventStatus = board.changeEventStatus();

    private Result<Event> change(Event event, Move move) {
        return changeEventStatus.change(new ChangeEventStatus.Command(event.id(), move));
    }

    @Test
    void start_moves_a_scheduled_event_to_ongoing() {
        Event event = board.given(anEvent().startedAgo(minutes(2)).atVersion(4));

        Event started = change(event, Move.START).value();

        assertThat(started.status()).isEqualTo(EventStatus.ONGOING);
        assertThat(started.updatedAt()).isEqualTo(board.instant());
        assertThat(started.version()).isEqualTo(5);
        assertThat(board.events().get(event.id())).isEqualTo(started);
    }

    @Test
    void an_operator_may_start_an_event_before_its_planned_start() {
        Event event = board.given(anEvent().startingIn(hours(1)));

        assertThat(change(event, Move.START).value().status()).isEqualTo(EventStatus.ONGOING);
    }

    @Test
    void finish_moves_an_ongoing_event_to_completed() {
        Event event = board.given(anEvent().startedAgo(hours(1)).inStatus(EventStatus.ONGOING));

        Event finished = change(event, Move.FINISH).value();

        assertThat(finished.status()).isEqualTo(EventStatus.COMPLETED);
        assertThat(board.events().get(event.id()).status()).isEqualTo(EventStatus.COMPLETED);
    }

    @Test
    void start_then_finish_walks_the_whole_lifecycle() {
        Event event = board.given(anEvent().startedAgo(hours(1)));

        change(event, Move.START);
        Event finished = change(event, Move.FINISH).value();

        assertThat(finished.status()).isEqualTo(EventStatus.COMPLETED);
        assertThat(finished.version()).isEqualTo(event.version() + 2);
    }

    @Test
    void finishing_a_scheduled_event_is_an_illegal_transition_and_changes_nothing() {
        Event event = board.given(anEvent().startedAgo(hours(1)));

        Result<Event> result = change(event, Move.FINISH);

        assertThat(result.rejection().code()).isEqualTo("event.illegal-transition");
        assertThat(result.rejection().message()).isEqualTo("An event that is scheduled cannot become completed.");
        assertThat(board.events().get(event.id())).isEqualTo(event);
    }

    @Test
    void starting_an_ongoing_completed_or_cancelled_event_is_illegal() {
        for (EventStatus status : new EventStatus[] {EventStatus.ONGOING, EventStatus.COMPLETED, EventStatus.CANCELLED}) {
            Event event = board.given(anEvent().startedAgo(hours(1)).inStatus(status));

            assertThat(change(event, Move.START).rejection().code()).isEqualTo("event.illegal-transition");
            assertThat(board.events().get(event.id())).isEqualTo(event);
        }
    }

    @Test
    void finishing_a_completed_or_cancelled_event_is_illegal() {
        for (EventStatus status : new EventStatus[] {EventStatus.COMPLETED, EventStatus.CANCELLED}) {
            Event event = board.given(anEvent().startedAgo(hours(3)).inStatus(status));

            assertThat(change(event, Move.FINISH).rejection().code()).isEqualTo("event.illegal-transition");
            assertThat(board.events().get(event.id())).isEqualTo(event);
        }
    }

    @Test
    void an_unknown_event_is_not_found() {
        assertThat(change(anEvent().build(), Move.START).rejection().code()).isEqualTo("event.not-found");
        assertThat(change(anEvent().build(), Move.FINISH).rejection().code()).isEqualTo("event.not-found");
    }

    @Test
    void the_command_needs_an_event_and_a_move() {
        assertThatThrownBy(() -> new ChangeEventStatus.Command(null, Move.START))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ChangeEventStatus.Command(anEvent().build().id(), null))
                .isInstanceOf(NullPointerException.class);
    }
}
