package io.eventboard.application.booking.cancel;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static io.eventboard.domain.testdata.EventBuilder.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.booking.book.BookSeat;
import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.booking.BookingStatus;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationKind;
import io.eventboard.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CancelBookingTest {

    private final TestBoard board = TestBoard.now();
    private final CancelBooking cancelBooking = board.cancelBooking();

    private Booking book(Event event, UserId user) {
        return board.bookSeat().book(new BookSeat.Command(event.id(), user)).value();
    }

    private Result<Booking> cancel(Event event, UserId user) {
        return cancelBooking.cancel(new CancelBooking.Command(event.id(), user));
    }

    @Test
    void cancelling_frees_the_seat_and_keeps_the_booking_as_cancelled() {
        Event event = board.given(anEvent().startingIn(hours(2)).withCapacity(3));
        UserId user = board.aUser();
        Booking booking = book(event, user);
        board.advance(minutes(10));

        Result<Booking> result = cancel(event, user);

        Booking cancelled = result.value();
        assertThat(cancelled.id()).isEqualTo(booking.id());
        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(cancelled.cancelledAt()).isEqualTo(board.instant());
        assertThat(cancelled.createdAt()).isEqualTo(booking.createdAt());
        assertThat(board.bookings().findActive(event.id(), user)).isEmpty();
        assertThat(board.bookings().of(event.id())).containsExactly(cancelled);
        Event stored = board.events().get(event.id());
        assertThat(stored.seatsBooked()).isZero();
        assertThat(stored.updatedAt()).isEqualTo(board.instant());
    }

    @Test
    void cancelling_writes_one_notice_per_channel_with_stable_dedupe_keys() {
        Event event = board.given(anEvent().titled("Jazz night").startingIn(hours(2)));
        UserId user = board.aUser();
        Booking booking = book(event, user);

        cancel(event, user);

        List<Notification> notices = board.notifications().ofKind(NotificationKind.BOOKING_CANCELLED);
        assertThat(notices).extracting(Notification::dedupeKey).containsExactly(
                "booking-cancelled:" + booking.id() + ":in_app",
                "booking-cancelled:" + booking.id() + ":log");
        assertThat(notices).allSatisfy(notice -> {
            assertThat(notice.recipient().user()).isEqualTo(user);
            assertThat(notice.subject()).isEqualTo("Booking cancelled: Jazz night");
        });
    }

    @Test
    void a_freed_seat_of_a_sold_out_event_can_be_booked_by_someone_else() {
        Event event = board.given(anEvent().startingIn(hours(2)).withCapacity(1));
        UserId first = board.aUser();
        UserId second = board.aUser();
        book(event, first);
        assertThat(board.bookSeat().book(new BookSeat.Command(event.id(), second)).rejection().code())
                .isEqualTo("booking.sold-out");

        cancel(event, first);

        assertThat(board.bookSeat().book(new BookSeat.Command(event.id(), second)).isAccepted()).isTrue();
        assertThat(board.bookings().activeAttendees(event.id())).containsExactly(second);
        assertThat(board.events().get(event.id()).seatsBooked()).isEqualTo(1);
    }

    @Test
    void without_an_active_booking_there_is_nothing_to_cancel_and_nothing_is_written() {
        Event event = board.givenWithAttendees(anEvent().startingIn(hours(2)), board.aUser());

        Result<Booking> result = cancel(event, board.aUser());

        assertThat(result.rejection().code()).isEqualTo("booking.not-found");
        assertThat(board.events().get(event.id())).isEqualTo(event);
        assertThat(board.notifications().all()).isEmpty();
    }

    @Test
    void cancelling_twice_finds_no_booking_the_second_time() {
        Event event = board.given(anEvent().startingIn(hours(2)));
        UserId user = board.aUser();
        book(event, user);
        cancel(event, user);
        int noticesBefore = board.notifications().count();

        assertThat(cancel(event, user).rejection().code()).isEqualTo("booking.not-found");
        assertThat(board.events().get(event.id()).seatsBooked()).isZero();
        assertThat(board.notifications().count()).isEqualTo(noticesBefore);
    }

    @Test
    void once_the_event_has_started_the_booking_can_no_longer_be_cancelled() {
        Event event = board.given(anEvent().startingIn(hours(2)).withCapacity(3));
        UserId user = board.aUser();
        Booking booking = book(event, user);
        Event afterBooking = board.events().get(event.id());
        int noticesBefore = board.notifications().count();
        board.advance(hours(2));

        Result<Booking> result = cancel(event, user);

        assertThat(result.rejection().code()).isEqualTo("booking.cancel-too-late");
        assertThat(board.bookings().findActive(event.id(), user)).contains(booking);
        assertThat(board.events().get(event.id())).isEqualTo(afterBooking);
        assertThat(board.notifications().count()).isEqualTo(noticesBefore);
    }

    @Test
    void an_unknown_event_is_not_found() {
        assertThat(cancel(anEvent().build(), board.aUser()).rejection().code()).isEqualTo("event.not-found");
        assertThat(board.notifications().all()).isEmpty();
    }

    @Test
    void the_command_needs_an_event_and_a_user() {
        assertThatThrownBy(() -> new CancelBooking.Command(null, board.aUser()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new CancelBooking.Command(anEvent().build().id(), null))
                .isInstanceOf(NullPointerException.class);
    }
}
