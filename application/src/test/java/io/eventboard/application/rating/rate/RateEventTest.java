package io.eventboard.application.rating.rate;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.booking.book.BookSeat;
import io.eventboard.application.booking.cancel.CancelBooking;
import io.eventboard.application.event.status.ChangeEventStatus;
import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.event.RatingSummary;
import io.eventboard.domain.rating.Rating;
import io.eventboard.domain.rating.Score;
import io.eventboard.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateEventTest {

    private final TestBoard board = TestBoard.now();
    private final RateEvent rateEvent = board.rateEvent();

    private Result<Rating> rate(Event event, UserId user, int score, String comment) {
        return rateEvent.rate(new RateEvent.Command(event.id(), user, new Score(score), comment));
    }

    private Event completedWith(UserId... attendees) {
        return board.givenWithAttendees(anEvent().startedAgo(hours(3)).inStatus(EventStatus.COMPLETED), attendees);
    }

    @Test
    void an_attendee_rates_a_completed_event_and_the_event_summary_counts_it() {
        UserId ada = board.aUser();
        Event event = completedWith(ada);

        Rating rating = rate(event, ada, 4, "Great talks").value();

        assertThat(rating.event()).isEqualTo(event.id());
        assertThat(rating.user()).isEqualTo(ada);
        assertThat(rating.score()).isEqualTo(new Score(4));
        assertThat(rating.comment()).isEqualTo("Great talks");
        assertThat(rating.createdAt()).isEqualTo(board.instant());
        assertThat(board.ratings().find(event.id(), ada)).contains(rating);
        Event stored = board.events().get(event.id());
        assertThat(stored.ratings()).isEqualTo(new RatingSummary(1, 4));
        assertThat(stored.version()).isEqualTo(event.version() + 1);
    }

    @Test
    void rating_again_replaces_the_earlier_rating_and_the_summary_stays_right() {
        UserId ada = board.aUser();
        UserId bob = board.aUser();
        Event event = completedWith(ada, bob);
        Rating first = rate(event, ada, 5, "Loved it").value();
        rate(event, bob, 3, null);
        board.advance(Duration.ofDays(1));

        Rating second = rate(event, ada, 1, null).value();

        assertThat(board.ratings().of(event.id())).hasSize(2);
        assertThat(board.ratings().find(event.id(), ada)).contains(second);
        assertThat(second.score().value()).isEqualTo(1);
        assertThat(second.comment()).isNull();
        assertThat(second.createdAt()).isEqualTo(first.createdAt());
        assertThat(second.updatedAt()).isEqualTo(board.instant());
        RatingSummary summary = board.events().get(event.id()).ratings();
        assertThat(summary).isEqualTo(new RatingSummary(2, 4));
        assertThat(summary.average()).isEqualTo(2.0);
    }

    @Test
    void many_attendees_rating_many_times_keep_sum_and_count_equal_to_the_stored_ratings() {
        List<UserId> attendees = board.users(5);
        Event event = completedWith(attendees.toArray(UserId[]::new));
        int[] scores = {5, 4, 3, 2, 1, 2, 3, 4, 5, 5, 1, 1};

        for (int i = 0; i < scores.length; i++) {
            rate(event, attendees.get(i % attendees.size()), scores[i], null);
        }

        List<Rating> stored = board.ratings().of(event.id());
        long sum = stored.stream().mapToLong(rating -> rating.score().value()).sum();
        assertThat(board.events().get(event.id()).ratings()).isEqualTo(new RatingSummary(stored.size(), sum));
        assertThat(stored).hasSize(5);
    }

    @Test
    void events_that_are_not_completed_cannot_be_rated() {
        UserId ada = board.aUser();
        for (EventStatus status : List.of(EventStatus.SCHEDULED, EventStatus.ONGOING, EventStatus.CANCELLED)) {
            Event event = board.givenWithAttendees(anEvent().startedAgo(hours(1)).inStatus(status), ada);

            assertThat(rate(event, ada, 5, null).rejection().code()).isEqualTo("rating.event-not-completed");
            assertThat(board.events().get(event.id())).isEqualTo(event);
        }
        assertThat(board.ratings().all()).isEmpty();
    }

    @Test
    void someone_who_never_booked_cannot_rate() {
        Event event = completedWith(board.aUser());

        Result<Rating> result = rate(event, board.aUser(), 1, "never there");

        assertThat(result.rejection().code()).isEqualTo("rating.not-attendee");
        assertThat(board.ratings().all()).isEmpty();
        assertThat(board.events().get(event.id())).isEqualTo(event);
    }

    @Test
    void someone_who_cancelled_their_booking_is_no_attendee() {
        Event event = board.given(anEvent().startingIn(hours(1)).lasting(hours(1)));
        UserId ada = board.aUser();
        board.bookSeat().book(new BookSeat.Command(event.id(), ada));
        board.cancelBooking().cancel(new CancelBooking.Command(event.id(), ada));
        board.changeEventStatus().change(new ChangeEventStatus.Command(event.id(), ChangeEventStatus.Move.START));
        board.changeEventStatus().change(new ChangeEventStatus.Command(event.id(), ChangeEventStatus.Move.FINISH));

        assertThat(rate(event, ada, 5, null).rejection().code()).isEqualTo("rating.not-attendee");
    }

    @Test
    void an_unknown_event_is_not_found() {
        assertThat(rate(anEvent().build(), board.aUser(), 3, null).rejection().code()).isEqualTo("event.not-found");
    }

    @Test
    void the_command_needs_event_user_and_score_and_scores_run_from_one_to_five() {
        Event event = anEvent().build();
        assertThatThrownBy(() -> new RateEvent.Command(null, board.aUser(), new Score(1), null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RateEvent.Command(event.id(), null, new Score(1), null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RateEvent.Command(event.id(), board.aUser(), null, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Score(6)).isInstanceOf(InvalidInput.class);
    }
}
