package io.eventboard.application.event.update;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static io.eventboard.domain.testdata.EventBuilder.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.common.FieldError;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventChanges;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationKind;
import io.eventboard.domain.notification.Priority;
import io.eventboard.domain.testdata.EventBuilder;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.TimeZones;
import io.eventboard.domain.venue.VenueId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UpdateEventTest {

    private final TestBoard board = TestBoard.now();
    private final UpdateEvent updateEvent = board.updateEvent();
    private final UserId organizer = board.aUser();

    private EventBuilder ownEvent() {
        return anEvent().organizedBy(organizer).startingIn(hours(24)).createdAgo(minutes(5));
    }

    private static EventChanges title(String title) {
        return new EventChanges(title, null, null, null, null, null, null, null);
    }

    private static EventChanges start(Instant startsAt) {
        return new EventChanges(null, null, null, null, null, startsAt, null, null);
    }

    private static EventChanges capacity(int capacity) {
        return new EventChanges(null, null, null, null, null, null, null, capacity);
    }

    private Result<Event> update(Actor actor, Event event, EventChanges changes, Long expectedVersion) {
        return updateEvent.update(new UpdateEvent.Command(actor, event.id(), changes, expectedVersion));
    }

    private Result<Event> update(Actor actor, Event event, EventChanges changes) {
        return update(actor, event, changes, null);
    }

    @Test
    void the_organizer_edits_inside_the_edit_window() {
        Event event = board.given(ownEvent());

        Result<Event> result = update(Actor.user(organizer), event, title("Kotlin meetup #2"));

        Event updated = result.value();
        assertThat(updated.title()).isEqualTo("Kotlin meetup #2");
        assertThat(updated.details().startsAt()).isEqualTo(event.startsAt());
        assertThat(updated.version()).isEqualTo(event.version() + 1);
        assertThat(updated.updatedAt()).isEqualTo(board.instant());
        assertThat(board.events().get(event.id())).isEqualTo(updated);
    }

    @Test
    void the_edit_window_includes_its_last_instant_and_closes_right_after() {
        Event event = board.given(ownEvent().createdAgo(TestBoard.EDIT_WINDOW));
        assertThat(update(Actor.user(organizer), event, title("Still open")).isAccepted()).isTrue();

        board.advance(Duration.ofSeconds(1));
        Event current = board.events().get(event.id());
        Result<Event> late = update(Actor.user(organizer), current, title("Too late"));

        assertThat(late.rejection().code()).isEqualTo("event.edit-window-closed");
        assertThat(board.events().get(event.id())).isEqualTo(current);
    }

    @Test
    void a_stranger_may_not_edit_and_nothing_changes() {
        Event event = board.givenWithAttendees(ownEvent(), board.aUser());

        Result<Event> result = update(Actor.user(board.aUser()), event, start(event.startsAt().plus(hours(1))));

        assertThat(result.rejection().code()).isEqualTo("event.not-organizer");
        assertThat(board.events().get(event.id())).isEqualTo(event);
        assertThat(board.notifications().all()).isEmpty();
    }

    @Test
    void an_admin_may_edit_any_event_long_after_its_window() {
        Event event = board.given(ownEvent().createdAgo(hours(48)).startingIn(hours(72)));

        Result<Event> result = update(board.anAdmin(), event, capacity(50));

        assertThat(result.value().capacity()).isEqualTo(50);
        assertThat(board.events().get(event.id()).capacity()).isEqualTo(50);
    }

    @Test
    void an_edit_based_on_a_stale_version_is_refused_as_a_concurrent_update() {
        Event event = board.given(ownEvent());
        Event afterFirstEdit = update(Actor.user(organizer), event, title("First"), event.version()).value();

        Result<Event> stale = update(Actor.user(organizer), event, title("Second"), event.version());

        assertThat(stale.rejection().code()).isEqualTo("event.concurrent-update");
        assertThat(board.events().get(event.id())).isEqualTo(afterFirstEdit);
        Result<Event> fresh = update(Actor.user(organizer), event, title("Second"), afterFirstEdit.version());
        assertThat(fresh.value().title()).isEqualTo("Second");
        assertThat(fresh.value().version()).isEqualTo(afterFirstEdit.version() + 1);
    }

    @Test
    void moving_the_start_tells_every_attendee_on_each_of_their_channels() {
        UserId ada = board.aUser();
        UserId bob = board.aUser();
        Event event = board.givenWithAttendees(ownEvent().titled("Jazz night"), ada, bob);
        Instant later = event.startsAt().plus(hours(3));

        Event moved = update(Actor.user(organizer), event, start(later)).value();

        List<Notification> notices = board.notifications().ofKind(NotificationKind.EVENT_CHANGED);
        assertThat(notices).hasSize(4).allSatisfy(notice -> {
            assertThat(notice.priority()).isEqualTo(Priority.NORMAL);
            assertThat(notice.subject()).isEqualTo("Event changed: Jazz night");
            assertThat(notice.body()).contains(TimeZones.describe(later, TimeZones.UTC));
        });
        assertThat(notices).extracting(Notification::dedupeKey).containsExactlyInAnyOrder(
                changedKey(moved, ada, "in_app"), changedKey(moved, ada, "log"),
                changedKey(moved, bob, "in_app"), changedKey(moved, bob, "log"));
        assertThat(board.notifications().to(organizer)).isEmpty();
        assertThat(board.notifications().all()).hasSize(4);
    }

    @Test
    void moving_the_end_or_the_venue_tells_attendees_too() {
        UserId ada = board.aUser();
        VenueId venue = board.aVenue();
        Event event = board.givenWithAttendees(ownEvent(), ada);

        update(Actor.user(organizer), event,
                new EventChanges(null, null, null, null, null, null, event.startsAt().plus(hours(5)), null));
        board.advance(minutes(1));
        update(Actor.user(organizer), board.events().get(event.id()),
                new EventChanges(null, null, venue, null, null, null, null, null));

        assertThat(board.notifications().ofKind(NotificationKind.EVENT_CHANGED)).hasSize(4)
                .extracting(Notification::recipient).allSatisfy(to -> assertThat(to.user()).isEqualTo(ada));
        assertThat(board.events().get(event.id()).details().venueId()).contains(venue);
    }

    @Test
    void a_change_of_title_description_capacity_or_tags_tells_nobody() {
        board.knownTags("jazz");
        Event event = board.givenWithAttendees(ownEvent(), board.aUser(), board.aUser());

        Event updated = update(Actor.user(organizer), event,
                new EventChanges("New title", "New description", null, null, Set.of("jazz"), null, null, 40)).value();

        assertThat(updated.title()).isEqualTo("New title");
        assertThat(updated.details().description()).isEqualTo("New description");
        assertThat(updated.details().tags()).containsExactly("jazz");
        assertThat(updated.capacity()).isEqualTo(40);
        assertThat(board.notifications().all()).isEmpty();
    }

    @Test
    void setting_the_start_to_its_current_value_tells_nobody() {
        Event event = board.givenWithAttendees(ownEvent(), board.aUser());

        update(Actor.user(organizer), event, start(event.startsAt())).value();

        assertThat(board.notifications().all()).isEmpty();
    }

    @Test
    void known_tags_are_accepted_whatever_their_case_as_on_create() {
        board.knownTags("kotlin");
        Event event = board.given(ownEvent());

        Result<Event> result = update(Actor.user(organizer), event,
                new EventChanges(null, null, null, null, Set.of(" Kotlin"), null, null, null));

        assertThat(result.value().details().tags()).containsExactly("kotlin");
    }

    @Test
    void unknown_venue_channel_and_tags_are_refused_naming_each_field_and_nothing_changes() {
        board.knownTags("kotlin");
        Event event = board.given(ownEvent());

        InvalidInput refusal = catchThrowableOfType(() -> update(Actor.user(organizer), event,
                new EventChanges(null, null, new VenueId(UUID.randomUUID()), new ChannelId(UUID.randomUUID()),
                        Set.of("kotlin", "rust"), null, null, null)), InvalidInput.class);

        assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("venueId", "channelId", "tags");
        assertThat(refusal.errors().get(2).message()).isEqualTo("unknown tags: rust");
        assertThat(board.events().get(event.id())).isEqualTo(event);
    }

    @Test
    void a_known_channel_can_be_set() {
        ChannelId channel = board.aChannel();
        Event event = board.given(ownEvent());

        Event updated = update(Actor.user(organizer), event,
                new EventChanges(null, null, null, channel, null, null, null, null)).value();

        assertThat(updated.details().channelId()).contains(channel);
    }

    @Test
    void moving_the_start_into_the_past_is_refused_and_nothing_is_written() {
        Event event = board.givenWithAttendees(ownEvent(), board.aUser());

        InvalidInput refusal = catchThrowableOfType(
                () -> update(Actor.user(organizer), event, start(board.instant().minus(minutes(1)))),
                InvalidInput.class);

        assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("startsAt");
        assertThat(board.events().get(event.id())).isEqualTo(event);
        assertThat(board.notifications().all()).isEmpty();
    }

    @Test
    void the_capacity_cannot_drop_below_the_seats_already_booked() {
        Event event = board.givenWithAttendees(ownEvent().withCapacity(5), board.aUser(), board.aUser());

        Result<Event> result = update(Actor.user(organizer), event, capacity(1));

        assertThat(result.rejection().code()).isEqualTo("event.capacity-below-bookings");
        assertThat(board.events().get(event.id())).isEqualTo(event);
        assertThat(update(Actor.user(organizer), event, capacity(2)).value().capacity()).isEqualTo(2);
    }

    @Test
    void completed_and_cancelled_events_cannot_be_edited_even_by_admins() {
        for (EventStatus status : List.of(EventStatus.COMPLETED, EventStatus.CANCELLED)) {
            Event event = board.given(ownEvent().inStatus(status));

            assertThat(update(Actor.user(organizer), event, title("x")).rejection().code()).isEqualTo("event.finished");
            assertThat(update(board.anAdmin(), event, title("x")).rejection().code()).isEqualTo("event.finished");
            assertThat(board.events().get(event.id())).isEqualTo(event);
        }
    }

    @Test
    void imported_events_are_read_only() {
        Event event = board.given(ownEvent().importedFrom("acme", "ext-1"));

        assertThat(update(board.anAdmin(), event, title("x")).rejection().code()).isEqualTo("event.read-only");
        assertThat(board.events().get(event.id())).isEqualTo(event);
    }

    @Test
    void an_unknown_event_is_not_found() {
        assertThat(update(board.anAdmin(), anEvent().build(), title("x")).rejection().code())
                .isEqualTo("event.not-found");
    }

    @Test
    void the_command_needs_actor_event_and_changes() {
        Event event = anEvent().build();
        assertThatThrownBy(() -> new UpdateEvent.Command(null, event.id(), title("x"), null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new UpdateEvent.Command(Actor.user(organizer), null, title("x"), null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new UpdateEvent.Command(Actor.user(organizer), event.id(), null, null))
                .isInstanceOf(NullPointerException.class);
    }

    private static String changedKey(Event event, UserId attendee, String channel) {
        return "event-changed:" + event.id() + ":" + attendee + ":" + event.updatedAt().toEpochMilli() + ":" + channel;
    }
}
