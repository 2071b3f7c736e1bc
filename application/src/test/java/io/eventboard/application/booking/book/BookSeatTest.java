package io.eventboard.application.booking.book;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static io.eventboard.domain.testdata.EventBuilder.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.booking.cancel.CancelBooking;
import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.booking.BookingStatus;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationKind;
import io.eventboard.domain.notification.NotificationStatus;
import io.eventboard.domain.notification.Priority;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.testdata.EventBuilder;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.TimeZones;
import io.eventboard.domain.venue.VenueId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookSeatTest {

    private final TestBoard board = TestBoard.now();
    private final BookSeat bookSeat = board.bookSeat();

    private Result<Booking> book(Event event, UserId user) {
        return bookSeat.book(new BookSeat.Command(event.id(), user));
    }

    @Test
    void a_free_seat_is_booked_and_the_event_counts_it() {
        Event event = board.given(anEvent().startingIn(hours(2)).withCapacity(3));
        UserId user = board.aUser();

        Result<Booking> result = book(event, user);

        assertThat(result.isAccepted()).isTrue();
        Booking booking = result.value();
        assertThat(booking.user()).isEqualTo(user);
        assertThat(booking.event()).isEqualTo(event.id());
        assertThat(booking.status()).isEqualTo(BookingStatus.ACTIVE);
        assertThat(booking.createdAt()).isEqualTo(board.instant());
        assertThat(board.bookings().findActive(event.id(), user)).contains(booking);
        Event stored = board.events().get(event.id());
        assertThat(stored.seatsBooked()).isEqualTo(1);
        assertThat(stored.seatsFree()).isEqualTo(2);
        assertThat(stored.version()).isEqualTo(event.version() + 1);
    }

    @Test
    void a_confirmed_booking_writes_one_confirmation_per_channel_of_the_user_with_stable_dedupe_keys() {
        Event event = board.given(anEvent().titled("Jazz night").startingIn(hours(2)));
        UserId user = board.aUser();

        Booking booking = book(event, user).value();

        List<Notification> notices = board.notifications().all();
        assertThat(notices).hasSize(2).allSatisfy(notice -> {
            assertThat(notice.kind()).isEqualTo(NotificationKind.BOOKING_CONFIRMED);
            assertThat(notice.recipient().user()).isEqualTo(user);
            assertThat(notice.status()).isEqualTo(NotificationStatus.QUEUED);
            assertThat(notice.priority()).isEqualTo(Priority.URGENT);
            assertThat(notice.nextAttemptAt()).isEqualTo(board.instant());
            assertThat(notice.subject()).isEqualTo("Booking confirmed: Jazz night");
            assertThat(notice.body()).contains("Jazz night", TimeZones.describe(event.startsAt(), TimeZones.UTC));
        });
        assertThat(notices).extracting(Notification::channel)
                .containsExactly(DeliveryChannel.IN_APP, DeliveryChannel.LOG);
        assertThat(notices).extracting(Notification::dedupeKey).containsExactly(
                "booking-confirmed:" + booking.id() + ":in_app",
                "booking-confirmed:" + booking.id() + ":log");
    }

    @Test
    void the_confirmation_tells_the_start_as_the_clock_at_the_venue_shows_it() {
        VenueId madrid = board.aVenueIn(ZoneId.of("Europe/Madrid"));
        Event event = board.given(anEvent().at(Instant.parse("2030-07-01T16:00:00Z")).startingIn(hours(2))
                .inVenue(madrid));

        book(event, board.aUser());

        assertThat(board.notifications().all()).isNotEmpty().allSatisfy(notice -> assertThat(notice.body())
                .isEqualTo("Your seat at \"Kotlin meetup\" on 2030-07-01 20:00 Europe/Madrid (UTC+02:00) is booked."));
    }

    @Test
    void the_confirmation_goes_to_the_channels_the_user_chose() {
        Event event = board.given(anEvent().startingIn(hours(2)));
        UserId user = board.aUser();
        board.recipients().set(user, Recipient.inbox(user),
                new Recipient(DeliveryChannel.EMAIL, user, "ada@example.org"),
                new Recipient(DeliveryChannel.TELEGRAM, user, "4711"));

        book(event, user);

        assertThat(board.notifications().all()).extracting(n -> n.channel() + " " + n.recipient().address())
                .containsExactly("IN_APP null", "EMAIL ada@example.org", "TELEGRAM 4711");
    }

    @Test
    void a_user_without_reachable_channels_still_gets_the_seat() {
        Event event = board.given(anEvent().startingIn(hours(2)));
        UserId user = board.aUser();
        board.recipients().unreachable(user);

        assertThat(book(event, user).isAccepted()).isTrue();

        assertThat(board.events().get(event.id()).seatsBooked()).isEqualTo(1);
        assertThat(board.notifications().all()).isEmpty();
    }

    @Test
    void the_last_free_seat_goes_to_the_first_and_the_next_user_finds_the_event_sold_out() {
        Event event = board.given(anEvent().startingIn(hours(2)).withCapacity(2));
        List<UserId> users = board.users(3);

        assertThat(book(event, users.get(0)).isAccepted()).isTrue();
        assertThat(book(event, users.get(1)).isAccepted()).isTrue();
        Result<Booking> third = book(event, users.get(2));

        assertThat(third.rejection().code()).isEqualTo("booking.sold-out");
        assertThat(board.events().get(event.id()).seatsBooked()).isEqualTo(2);
        assertThat(board.bookings().activeAttendees(event.id())).containsExactly(users.get(0), users.get(1));
        assertThat(board.notifications().to(users.get(2))).isEmpty();
    }

    @Test
    void a_sold_out_event_refuses_and_writes_nothing() {
        assertRefusedWithoutWriting(anEvent().startingIn(hours(2)).withCapacity(1), 1, "booking.sold-out");
    }

    @Test
    void an_event_without_seats_is_sold_out_from_the_start() {
        assertRefusedWithoutWriting(anEvent().startingIn(hours(2)).withCapacity(0), 0, "booking.sold-out");
    }

    @Test
    void an_event_that_has_started_refuses_bookings_even_before_the_sweep_moved_it() {
        assertRefusedWithoutWriting(anEvent().startedAgo(minutes(1)), 0, "booking.event-started");
    }

    @Test
    void an_event_starting_right_now_counts_as_started() {
        assertRefusedWithoutWriting(anEvent().startingIn(minutes(0)), 0, "booking.event-started");
    }

    @Test
    void ongoing_completed_and_cancelled_events_cannot_be_booked() {
        for (EventStatus status : List.of(EventStatus.ONGOING, EventStatus.COMPLETED, EventStatus.CANCELLED)) {
            assertRefusedWithoutWriting(anEvent().startingIn(hours(2)).inStatus(status), 0,
                    "booking.event-not-bookable");
        }
    }

    @Test
    void booking_twice_is_refused_and_keeps_the_first_booking_only() {
        Event event = board.given(anEvent().startingIn(hours(2)).withCapacity(3));
        UserId user = board.aUser();
        Booking first = book(event, user).value();
        int noticesAfterFirst = board.notifications().count();

        Result<Booking> second = book(event, user);

        assertThat(second.rejection().code()).isEqualTo("booking.already-booked");
        assertThat(board.bookings().of(event.id())).containsExactly(first);
        assertThat(board.events().get(event.id()).seatsBooked()).isEqualTo(1);
        assertThat(board.notifications().count()).isEqualTo(noticesAfterFirst);
    }

    @Test
    void an_unknown_event_is_not_found() {
        Event neverStored = anEvent().build();

        Result<Booking> result = book(neverStored, board.aUser());

        assertThat(result.rejection().code()).isEqualTo("event.not-found");
        assertThat(board.bookings().all()).isEmpty();
        assertThat(board.notifications().all()).isEmpty();
    }

    @Test
    void a_user_who_cancelled_may_book_again() {
        Event event = board.given(anEvent().startingIn(hours(2)).withCapacity(1));
        UserId user = board.aUser();
        Booking first = book(event, user).value();
        board.cancelBooking().cancel(new CancelBooking.Command(event.id(), user));

        Result<Booking> again = book(event, user);

        assertThat(again.isAccepted()).isTrue();
        assertThat(again.value().id()).isNotEqualTo(first.id());
        assertThat(board.bookings().of(event.id())).extracting(Booking::status)
                .containsExactlyInAnyOrder(BookingStatus.CANCELLED, BookingStatus.ACTIVE);
        assertThat(board.events().get(event.id()).seatsBooked()).isEqualTo(1);
    }

    @Test
    void a_failure_while_writing_the_confirmation_leaves_neither_booking_nor_taken_seat() {
        Event event = board.given(anEvent().startingIn(hours(2)).withCapacity(3));
        UserId user = board.aUser();
        board.recipients().failing(user);

        assertThatThrownBy(() -> book(event, user)).isInstanceOf(IllegalStateException.class);

        assertThat(board.bookings().all()).isEmpty();
        assertThat(board.events().get(event.id())).isEqualTo(event);
        assertThat(board.notifications().all()).isEmpty();
        assertThat(board.database().rolledBackTransactions()).isEqualTo(1);
    }

    @Test
    void the_command_needs_an_event_and_a_user() {
        assertThatThrownBy(() -> new BookSeat.Command(null, board.aUser())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new BookSeat.Command(anEvent().build().id(), null))
                .isInstanceOf(NullPointerException.class);
    }

    private void assertRefusedWithoutWriting(EventBuilder builder, int attendees, String code) {
        Event event = board.givenWithAttendees(builder, board.users(attendees).toArray(UserId[]::new));
        List<Booking> bookingsBefore = board.bookings().all();
        int noticesBefore = board.notifications().count();

        Result<Booking> result = book(event, board.aUser());

        assertThat(result.isAccepted()).isFalse();
        assertThat(result.rejection().code()).isEqualTo(code);
        assertThat(board.events().get(event.id())).isEqualTo(event);
        assertThat(board.bookings().all()).isEqualTo(bookingsBefore);
        assertThat(board.notifications().count()).isEqualTo(noticesBefore);
    }
}
