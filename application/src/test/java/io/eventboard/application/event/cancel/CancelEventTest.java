package io.eventboard.application.event.cancel;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.booking.book.BookSeat;
import io.eventboard.application.booking.cancel.CancelBooking;
import io.eventboard.application.testing.TestBoard;
import io.eventboard.application.waitlist.WaitlistCommand;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationKind;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.testdata.EventBuilder;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CancelEventTest {

    private final TestBoard board = TestBoard.now();
    private final CancelEvent cancelEvent = board.cancelEvent();
    private final UserId organizer = board.aUser();

    private EventBuilder ownEvent() {
        // created long ago: cancelling is not bound to the edit window
        return anEvent().organizedBy(organizer).startingIn(hours(24)).createdAgo(hours(48));
    }

    private Result<Event> cancel(Actor actor, Event event) {
        return cancelEvent.cancel(new CancelEvent.Command(actor, event.id()));
    }

    @Test
    void the_organizer_cancels_and_every_attendee_is_told_on_each_channel() {
        UserId ada = board.aUser();
        UserId bob = board.aUser();
        board.recipients().set(bob, Recipient.inbox(bob), new Recipient(DeliveryChannel.EMAIL, bob, "bob@example.org"));
        Event event = board.givenWithAttendees(ownEvent().titled("Jazz night"), ada, bob);

        Result<Event> result = cancel(Actor.user(organizer), event);

        Event cancelled = result.value();
        assertThat(cancelled.status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(cancelled.version()).isEqualTo(event.version() + 1);
        assertThat(cancelled.updatedAt()).isEqualTo(board.instant());
        assertThat(board.events().get(event.id())).isEqualTo(cancelled);
        List<Notification> notices = board.notifications().ofKind(NotificationKind.EVENT_CANCELLED);
        assertThat(notices).extracting(Notification::dedupeKey).containsExactlyInAnyOrder(
                "event-cancelled:" + event.id() + ":" + ada + ":in_app",
                "event-cancelled:" + event.id() + ":" + ada + ":log",
                "event-cancelled:" + event.id() + ":" + bob + ":in_app",
                "event-cancelled:" + event.id() + ":" + bob + ":email");
        assertThat(notices).allSatisfy(notice -> assertThat(notice.subject()).isEqualTo("Event cancelled: Jazz night"));
        assertThat(board.notifications().all()).hasSize(4);
    }

    @Test
    void attendees_who_cancelled_their_booking_are_not_told() {
        UserId stays = board.aUser();
        UserId left = board.aUser();
        Event event = board.given(ownEvent());
        board.bookSeat().book(new BookSeat.Command(event.id(), stays));
        board.bookSeat().book(new BookSeat.Command(event.id(), left));
        board.cancelBooking().cancel(new CancelBooking.Command(event.id(), left));

        cancel(Actor.user(organizer), board.events().get(event.id()));

        assertThat(board.notifications().ofKind(NotificationKind.EVENT_CANCELLED))
                .extracting(n -> n.recipient().user()).containsOnly(stays);
    }

    @Test
    void everyone_in_the_waitlist_is_told_and_the_line_is_emptied() {
        UserId seated = board.aUser();
        UserId first = board.aUser();
        UserId second = board.aUser();
        Event event = board.given(ownEvent().titled("Jazz night").withCapacity(1));
        board.bookSeat().book(new BookSeat.Command(event.id(), seated)).value();
        board.joinWaitlist().join(new WaitlistCommand(event.id(), first)).value();
        board.joinWaitlist().join(new WaitlistCommand(event.id(), second)).value();

        cancel(Actor.user(organizer), board.events().get(event.id()));

        assertThat(board.notifications().ofKind(NotificationKind.EVENT_CANCELLED))
                .extracting(n -> n.recipient().user()).containsOnly(seated, first, second);
        assertThat(board.waitlists().lineOf(event.id()).line()).isEmpty();
    }

    @Test
    void an_admin_may_cancel_any_event_and_an_ongoing_one_too() {
        Event event = board.givenWithAttendees(ownEvent().inStatus(EventStatus.ONGOING), board.aUser());

        assertThat(cancel(board.anAdmin(), event).value().status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(board.notifications().ofKind(NotificationKind.EVENT_CANCELLED)).hasSize(2);
    }

    @Test
    void a_stranger_may_not_cancel_and_nothing_is_written() {
        Event event = board.givenWithAttendees(ownEvent(), board.aUser());

        assertThat(cancel(Actor.user(board.aUser()), event).rejection().code()).isEqualTo("event.not-organizer");
        assertThat(board.events().get(event.id())).isEqualTo(event);
        assertThat(board.notifications().all()).isEmpty();
    }

    @Test
    void a_cancelled_or_completed_event_cannot_be_cancelled_again() {
        for (EventStatus status : List.of(EventStatus.CANCELLED, EventStatus.COMPLETED)) {
            Event event = board.givenWithAttendees(ownEvent().inStatus(status), board.aUser());

            assertThat(cancel(Actor.user(organizer), event).rejection().code()).isEqualTo("event.illegal-transition");
            assertThat(board.events().get(event.id())).isEqualTo(event);
        }
        assertThat(board.notifications().all()).isEmpty();
    }

    @Test
    void imported_events_are_cancelled_upstream_only() {
        Event event = board.given(ownEvent().importedFrom("acme", "ext-2"));

        assertThat(cancel(board.anAdmin(), event).rejection().code()).isEqualTo("event.read-only");
        assertThat(board.events().get(event.id()).status()).isEqualTo(EventStatus.SCHEDULED);
    }

    @Test
    void an_unknown_event_is_not_found() {
        assertThat(cancel(board.anAdmin(), anEvent().build()).rejection().code()).isEqualTo("event.not-found");
    }

    @Test
    void the_command_needs_an_actor_and_an_event() {
        assertThatThrownBy(() -> new CancelEvent.Command(null, anEvent().build().id()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new CancelEvent.Command(Actor.user(organizer), null))
                .isInstanceOf(NullPointerException.class);
    }
}
