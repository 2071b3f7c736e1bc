package io.eventboard.application.waitlist;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static io.eventboard.domain.testdata.EventBuilder.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.booking.book.BookSeat;
import io.eventboard.application.booking.cancel.CancelBooking;
import io.eventboard.application.event.create.CreateEvent;
import io.eventboard.application.event.update.UpdateEvent;
import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventChanges;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationKind;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.waitlist.WaitlistMode;
import io.eventboard.domain.waitlist.WaitlistPolicy;
import io.eventboard.domain.waitlist.WaitlistStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitlistUseCasesTest {

    private final TestBoard board = TestBoard.now();
    private final UserId organizer = board.aUser();
    private final UserId attendee = board.aUser();
    private final UserId first = board.aUser();
    private final UserId second = board.aUser();

    private Event soldOut(int capacity) {
        UserId[] attendees = board.users(capacity - 1).toArray(UserId[]::new);
        Event event = board.givenWithAttendees(anEvent().organizedBy(organizer).startingIn(hours(24))
                .withCapacity(capacity), attendees);
        book(event, attendee);
        return event;
    }

    private Event inOfferMode(Event event) {
        board.inTransaction(() -> {
            board.waitlists().choosePolicy(event.id(), new WaitlistPolicy(WaitlistMode.OFFER, hours(2)));
            return null;
        });
        return event;
    }

    private void book(Event event, UserId user) {
        board.bookSeat().book(new BookSeat.Command(event.id(), user)).value();
    }

    private Result<WaitlistPlace> join(Event event, UserId user) {
        return board.joinWaitlist().join(new WaitlistCommand(event.id(), user));
    }

    private void cancel(Event event, UserId user) {
        board.cancelBooking().cancel(new CancelBooking.Command(event.id(), user)).value();
    }

    private Result<Booking> accept(Event event, UserId user) {
        return board.acceptOffer().accept(new WaitlistCommand(event.id(), user));
    }

    private Event stored(Event event) {
        return board.events().get(event.id());
    }

    @Test
    void joining_a_sold_out_event_puts_the_user_at_the_end_of_the_line() {
        Event event = soldOut(2);
        join(event, first);

        WaitlistPlace place = join(event, second).value();

        assertThat(place.position()).isEqualTo(2);
        assertThat(place.status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(place.joinedAt()).isEqualTo(board.instant());
        assertThat(place.offerExpiresAt()).isNull();
        assertThat(board.showMyPlace().show(new WaitlistCommand(event.id(), second)).value()).isEqualTo(place);
    }

    @Test
    void the_line_is_only_for_sold_out_events_and_for_people_without_a_seat_or_place() {
        Event open = board.given(anEvent().startingIn(hours(24)).withCapacity(2));
        Event event = soldOut(1);
        join(event, first);

        assertThat(join(open, first).rejection().code()).isEqualTo("waitlist.seats-available");
        assertThat(join(event, attendee).rejection().code()).isEqualTo("booking.already-booked");
        assertThat(join(event, first).rejection().code()).isEqualTo("waitlist.already-waiting");
        assertThat(board.joinWaitlist().join(new WaitlistCommand(anEvent().build().id(), first)).rejection().code())
                .isEqualTo("event.not-found");
    }

    @Test
    void a_cancelled_booking_books_the_first_in_line_in_the_same_transaction() {
        Event event = soldOut(1);
        join(event, first);
        join(event, second);
        int committedBefore = board.database().committedTransactions();

        cancel(event, attendee);

        assertThat(board.database().committedTransactions()).isEqualTo(committedBefore + 1);
        assertThat(board.bookings().findActive(event.id(), first)).isPresent();
        assertThat(stored(event).seatsFree()).isZero();
        assertThat(board.showMyPlace().show(new WaitlistCommand(event.id(), second)).value().position()).isEqualTo(1);
        assertThat(board.showMyPlace().show(new WaitlistCommand(event.id(), first)).rejection().code())
                .isEqualTo("waitlist.not-waiting");
        List<Notification> promoted = board.notifications().ofKind(NotificationKind.WAITLIST_PROMOTED);
        assertThat(promoted).isNotEmpty().allSatisfy(notice -> assertThat(notice.recipient().user()).isEqualTo(first));
    }

    @Test
    void raising_the_capacity_promotes_as_many_people_as_seats_it_frees_in_order() {
        Event event = soldOut(1);
        UserId third = board.aUser();
        join(event, first);
        join(event, second);
        join(event, third);

        board.updateEvent().update(new UpdateEvent.Command(Actor.user(organizer), event.id(),
                new EventChanges(null, null, null, null, null, null, null, 3), null)).value();

        assertThat(board.bookings().findActive(event.id(), first)).isPresent();
        assertThat(board.bookings().findActive(event.id(), second)).isPresent();
        assertThat(board.bookings().findActive(event.id(), third)).isEmpty();
        assertThat(stored(event).seatsBooked()).isEqualTo(3);
    }

    @Test
    void in_offer_mode_a_freed_seat_is_held_for_the_first_in_line_until_accepted() {
        Event event = inOfferMode(soldOut(1));
        join(event, first);

        cancel(event, attendee);

        WaitlistPlace offer = board.showMyPlace().show(new WaitlistCommand(event.id(), first)).value();
        assertThat(offer.status()).isEqualTo(WaitlistStatus.OFFERED);
        assertThat(offer.offerExpiresAt()).isEqualTo(board.instant().plus(hours(2)));
        assertThat(stored(event).seatsFree()).as("the held seat is not free").isZero();
        assertThat(board.notifications().ofKind(NotificationKind.WAITLIST_OFFERED)).isNotEmpty();
        assertThat(board.bookSeat().book(new BookSeat.Command(event.id(), second)).rejection().code())
                .isEqualTo("booking.sold-out");

        board.advance(minutes(30));
        Booking booking = accept(event, first).value();

        assertThat(booking.isActive()).isTrue();
        assertThat(stored(event).seatsBooked()).isEqualTo(1);
        assertThat(board.notifications().ofKind(NotificationKind.BOOKING_CONFIRMED))
                .anySatisfy(notice -> assertThat(notice.recipient().user()).isEqualTo(first));
    }

    @Test
    void an_expired_offer_passes_on_to_the_next_in_line() {
        Event event = inOfferMode(soldOut(1));
        join(event, first);
        join(event, second);
        cancel(event, attendee);
        board.advance(hours(2));

        assertThat(accept(event, first).rejection().code()).isEqualTo("waitlist.offer-expired");
        assertThat(board.expireWaitlistOffers().expire()).isEqualTo(1);

        assertThat(board.showMyPlace().show(new WaitlistCommand(event.id(), first)).isAccepted()).isFalse();
        WaitlistPlace next = board.showMyPlace().show(new WaitlistCommand(event.id(), second)).value();
        assertThat(next.status()).isEqualTo(WaitlistStatus.OFFERED);
        assertThat(next.offerExpiresAt()).isEqualTo(board.instant().plus(hours(2)));
        assertThat(board.expireWaitlistOffers().expire()).isZero();
    }

    @Test
    void leaving_with_an_offer_passes_the_seat_on_and_leaving_twice_is_refused() {
        Event event = inOfferMode(soldOut(1));
        join(event, first);
        join(event, second);
        cancel(event, attendee);

        board.leaveWaitlist().leave(new WaitlistCommand(event.id(), first)).value();

        assertThat(board.showMyPlace().show(new WaitlistCommand(event.id(), second)).value().status())
                .isEqualTo(WaitlistStatus.OFFERED);
        assertThat(board.leaveWaitlist().leave(new WaitlistCommand(event.id(), first)).rejection().code())
                .isEqualTo("waitlist.not-waiting");
        assertThat(stored(event).seatsBooked()).isEqualTo(1);
    }

    @Test
    void only_the_organizer_and_admins_see_the_whole_line() {
        Event event = soldOut(1);
        join(event, first);
        join(event, second);

        Page<WaitlistPlace> page = board.listWaitlist().list(Actor.user(organizer), event.id(), new PageRequest(2, 1))
                .value();

        assertThat(page.items()).singleElement().satisfies(place -> {
            assertThat(place.user()).isEqualTo(second);
            assertThat(place.position()).isEqualTo(2);
        });
        assertThat(page.total()).isEqualTo(2);
        assertThat(board.listWaitlist().list(board.anAdmin(), event.id(), PageRequest.first()).isAccepted()).isTrue();
        assertThat(board.listWaitlist().list(Actor.user(first), event.id(), PageRequest.first()).rejection().code())
                .isEqualTo("waitlist.not-organizer");
    }

    @Test
    void a_new_event_and_an_edit_choose_the_waitlist_policy() {
        Event created = board.createEvent().create(new CreateEvent.Command(
                organizer, anEvent().startingIn(hours(24)).details(),
                new WaitlistPolicy(WaitlistMode.OFFER, Duration.ofHours(1))));
        assertThat(board.waitlists().lineOf(created.id()).policy().mode()).isEqualTo(WaitlistMode.OFFER);

        board.updateEvent().update(new UpdateEvent.Command(Actor.user(organizer), created.id(),
                new EventChanges(null, null, null, null, null, null, null, null), null, null, Duration.ofHours(3)))
                .value();

        assertThat(board.waitlists().lineOf(created.id()).policy())
                .isEqualTo(new WaitlistPolicy(WaitlistMode.OFFER, Duration.ofHours(3)));
    }
}
