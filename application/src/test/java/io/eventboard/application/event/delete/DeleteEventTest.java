package io.eventboard.application.event.delete;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static io.eventboard.domain.testdata.EventBuilder.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationKind;
import io.eventboard.domain.testdata.EventBuilder;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeleteEventTest {

    private final TestBoard board = TestBoard.now();
    private final DeleteEvent deleteEvent = board.deleteEvent();
    private final UserId organizer = board.aUser();

    private EventBuilder ownEvent() {
        return anEvent().organizedBy(organizer).startingIn(hours(24)).createdAgo(minutes(5));
    }

    private Result<Event> delete(Actor actor, Event event, Long expectedVersion) {
        return deleteEvent.delete(new DeleteEvent.Command(actor, event.id(), expectedVersion));
    }

    private Result<Event> delete(Actor actor, Event event) {
        return delete(actor, event, null);
    }

    @Test
    void the_organizer_deletes_inside_the_window_and_the_event_is_gone_with_its_bookings() {
        Event event = board.givenWithAttendees(ownEvent(), board.aUser(), board.aUser());

        Result<Event> result = delete(Actor.user(organizer), event);

        assertThat(result.value()).isEqualTo(event);
        assertThat(board.events().exists(event.id())).isFalse();
        assertThat(board.bookings().of(event.id())).isEmpty();
    }

    @Test
    void deleting_tells_every_attendee_that_the_event_is_cancelled() {
        UserId ada = board.aUser();
        UserId bob = board.aUser();
        Event event = board.givenWithAttendees(ownEvent().titled("Jazz night"), ada, bob);

        delete(Actor.user(organizer), event);

        List<Notification> notices = board.notifications().all();
        assertThat(notices).hasSize(4).allSatisfy(notice -> {
            assertThat(notice.kind()).isEqualTo(NotificationKind.EVENT_CANCELLED);
            assertThat(notice.subject()).isEqualTo("Event cancelled: Jazz night");
        });
        assertThat(notices).extracting(Notification::dedupeKey).containsExactlyInAnyOrder(
                "event-cancelled:" + event.id() + ":" + ada + ":in_app",
                "event-cancelled:" + event.id() + ":" + ada + ":log",
                "event-cancelled:" + event.id() + ":" + bob + ":in_app",
                "event-cancelled:" + event.id() + ":" + bob + ":log");
    }

    @Test
    void an_event_nobody_booked_is_deleted_without_notices() {
        Event event = board.given(ownEvent());

        assertThat(delete(Actor.user(organizer), event).isAccepted()).isTrue();

        assertThat(board.events().exists(event.id())).isFalse();
        assertThat(board.notifications().all()).isEmpty();
    }

    @Test
    void a_stranger_may_not_delete_and_nothing_is_written() {
        Event event = board.givenWithAttendees(ownEvent(), board.aUser());

        Result<Event> result = delete(Actor.user(board.aUser()), event);

        assertThat(result.rejection().code()).isEqualTo("event.not-organizer");
        assertThat(board.events().get(event.id())).isEqualTo(event);
        assertThat(board.bookings().activeCount(event.id())).isEqualTo(1);
        assertThat(board.notifications().all()).isEmpty();
    }

    @Test
    void after_the_window_the_organizer_is_refused_but_an_admin_may_still_delete() {
        Event event = board.givenWithAttendees(ownEvent().createdAgo(hours(2)), board.aUser());

        assertThat(delete(Actor.user(organizer), event).rejection().code()).isEqualTo("event.edit-window-closed");
        assertThat(board.events().exists(event.id())).isTrue();
        assertThat(board.notifications().all()).isEmpty();

        assertThat(delete(board.anAdmin(), event).isAccepted()).isTrue();
        assertThat(board.events().exists(event.id())).isFalse();
        assertThat(board.notifications().ofKind(NotificationKind.EVENT_CANCELLED)).hasSize(2);
    }

    @Test
    void a_stale_expected_version_is_refused_and_the_current_one_deletes() {
        Event event = board.given(ownEvent().atVersion(3));

        assertThat(delete(Actor.user(organizer), event, 2L).rejection().code()).isEqualTo("event.concurrent-update");
        assertThat(board.events().exists(event.id())).isTrue();

        assertThat(delete(Actor.user(organizer), event, 3L).isAccepted()).isTrue();
        assertThat(board.events().exists(event.id())).isFalse();
    }

    @Test
    void completed_and_cancelled_events_cannot_be_deleted_even_by_admins() {
        for (EventStatus status : List.of(EventStatus.COMPLETED, EventStatus.CANCELLED)) {
            Event event = board.given(ownEvent().inStatus(status));

            assertThat(delete(board.anAdmin(), event).rejection().code()).isEqualTo("event.finished");
            assertThat(board.events().exists(event.id())).isTrue();
        }
    }

    @Test
    void imported_events_cannot_be_deleted_locally() {
        Event event = board.given(ownEvent().importedFrom("acme", "ext-9"));

        assertThat(delete(board.anAdmin(), event).rejection().code()).isEqualTo("event.read-only");
        assertThat(board.events().exists(event.id())).isTrue();
    }

    @Test
    void an_unknown_event_is_not_found() {
        assertThat(delete(board.anAdmin(), anEvent().build()).rejection().code()).isEqualTo("event.not-found");
    }

    @Test
    void the_command_needs_an_actor_and_an_event() {
        assertThatThrownBy(() -> new DeleteEvent.Command(null, anEvent().build().id(), null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new DeleteEvent.Command(Actor.user(organizer), null, null))
                .isInstanceOf(NullPointerException.class);
    }
}
