package io.eventboard.application.notification.reminders;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static io.eventboard.domain.testdata.EventBuilder.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.booking.book.BookSeat;
import io.eventboard.application.booking.cancel.CancelBooking;
import io.eventboard.application.event.update.UpdateEvent;
import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventChanges;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationKind;
import io.eventboard.domain.notification.Priority;
import io.eventboard.domain.notification.ReminderPolicy;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.TimeZones;
import io.eventboard.domain.venue.VenueId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnqueueDueRemindersTest {

    private final TestBoard board = TestBoard.now();
    private final EnqueueDueReminders reminders = board.enqueueDueReminders();

    private List<Notification> reminderNotices() {
        return board.notifications().ofKind(NotificationKind.EVENT_REMINDER);
    }

    @Test
    void every_active_booking_of_an_event_within_the_lead_gets_exactly_one_reminder_per_channel() {
        UserId ada = board.aUser();
        UserId bob = board.aUser();
        Event event = board.givenWithAttendees(anEvent().titled("Jazz night").startingIn(minutes(30)), ada, bob);

        ReminderCounts counts = reminders.enqueue();

        assertThat(counts).isEqualTo(new ReminderCounts(2, 0));
        List<Notification> notices = reminderNotices();
        long start = event.startsAt().toEpochMilli();
        assertThat(notices).extracting(Notification::dedupeKey).containsExactlyInAnyOrder(
                "reminder:" + event.id() + ":" + ada + ":" + start + ":in_app",
                "reminder:" + event.id() + ":" + ada + ":" + start + ":log",
                "reminder:" + event.id() + ":" + bob + ":" + start + ":in_app",
                "reminder:" + event.id() + ":" + bob + ":" + start + ":log");
        assertThat(notices).allSatisfy(notice -> {
            assertThat(notice.subject()).isEqualTo("Reminder: Jazz night");
            assertThat(notice.body()).contains(TimeZones.describe(event.startsAt(), TimeZones.UTC));
            assertThat(notice.priority()).isEqualTo(Priority.URGENT);
            assertThat(notice.nextAttemptAt()).isEqualTo(board.instant());
        });
        assertThat(board.notifications().all()).hasSize(4);
    }

    @Test
    void a_reminder_tells_the_start_as_the_clock_at_the_venue_shows_it() {
        TestBoard summer = TestBoard.at(Instant.parse("2030-07-01T17:30:00Z"));
        VenueId madrid = summer.aVenueIn(ZoneId.of("Europe/Madrid"));
        summer.givenWithAttendees(anEvent().at(summer.instant()).titled("Flamenco").startingIn(minutes(30))
                .inVenue(madrid), summer.aUser());

        summer.enqueueDueReminders().enqueue();

        assertThat(summer.notifications().ofKind(NotificationKind.EVENT_REMINDER)).isNotEmpty()
                .allSatisfy(notice -> assertThat(notice.body())
                        .isEqualTo("\"Flamenco\" starts at 2030-07-01 20:00 Europe/Madrid (UTC+02:00)."));
    }

    @Test
    void an_event_starting_exactly_at_the_end_of_the_lead_is_reminded() {
        board.givenWithAttendees(anEvent().startingIn(TestBoard.REMINDER_LEAD), board.aUser());

        assertThat(reminders.enqueue()).isEqualTo(new ReminderCounts(1, 0));
    }

    @Test
    void events_beyond_the_lead_are_not_reminded_until_the_clock_gets_there() {
        board.givenWithAttendees(anEvent().startingIn(hours(2)), board.aUser());

        assertThat(reminders.enqueue()).isEqualTo(new ReminderCounts(0, 0));
        assertThat(board.notifications().all()).isEmpty();

        board.advance(minutes(59));
        assertThat(reminders.enqueue()).isEqualTo(new ReminderCounts(0, 0));

        board.advance(minutes(1));
        assertThat(reminders.enqueue()).isEqualTo(new ReminderCounts(1, 0));
        assertThat(reminderNotices()).hasSize(2);
    }

    @Test
    void cancelled_bookings_get_no_reminder() {
        Event event = board.given(anEvent().startingIn(minutes(30)));
        UserId stays = board.aUser();
        UserId left = board.aUser();
        board.bookSeat().book(new BookSeat.Command(event.id(), stays));
        board.bookSeat().book(new BookSeat.Command(event.id(), left));
        board.cancelBooking().cancel(new CancelBooking.Command(event.id(), left));

        assertThat(reminders.enqueue()).isEqualTo(new ReminderCounts(1, 0));

        assertThat(reminderNotices()).extracting(n -> n.recipient().user()).containsOnly(stays);
    }

    @Test
    void cancelled_ongoing_and_started_events_get_no_reminder() {
        board.givenWithAttendees(anEvent().startingIn(minutes(30)).inStatus(EventStatus.CANCELLED), board.aUser());
        board.givenWithAttendees(anEvent().startingIn(minutes(30)).inStatus(EventStatus.ONGOING), board.aUser());
        board.givenWithAttendees(anEvent().startingIn(minutes(0)), board.aUser());
        board.givenWithAttendees(anEvent().startedAgo(minutes(5)), board.aUser());

        assertThat(reminders.enqueue()).isEqualTo(new ReminderCounts(0, 0));
        assertThat(board.notifications().all()).isEmpty();
    }

    @Test
    void a_second_run_writes_nothing() {
        board.givenWithAttendees(anEvent().startingIn(minutes(30)), board.aUser(), board.aUser());
        reminders.enqueue();
        int written = board.notifications().count();

        assertThat(reminders.enqueue()).isEqualTo(new ReminderCounts(0, 0));
        board.advance(minutes(10));
        assertThat(reminders.enqueue()).isEqualTo(new ReminderCounts(0, 0));

        assertThat(board.notifications().count()).isEqualTo(written);
    }

    @Test
    void a_booking_made_inside_the_lead_is_reminded_on_the_next_run() {
        Event event = board.givenWithAttendees(anEvent().startingIn(minutes(30)), board.aUser());
        reminders.enqueue();
        UserId late = board.aUser();
        board.bookSeat().book(new BookSeat.Command(event.id(), late));

        assertThat(reminders.enqueue()).isEqualTo(new ReminderCounts(1, 0));
        assertThat(reminderNotices()).filteredOn(n -> late.equals(n.recipient().user())).hasSize(2);
    }

    @Test
    void moving_the_event_arms_a_new_reminder_for_the_new_start() {
        UserId organizer = board.aUser();
        UserId attendee = board.aUser();
        Event event = board.givenWithAttendees(anEvent().organizedBy(organizer).startingIn(minutes(30)), attendee);
        reminders.enqueue();
        Instant newStart = event.startsAt().plus(minutes(20));
        board.updateEvent().update(new UpdateEvent.Command(Actor.user(organizer), event.id(),
                new EventChanges(null, null, null, null, null, newStart, null, null), null)).value();

        assertThat(reminders.enqueue()).isEqualTo(new ReminderCounts(1, 0));

        assertThat(reminderNotices()).extracting(Notification::dedupeKey).containsExactlyInAnyOrder(
                "reminder:" + event.id() + ":" + attendee + ":" + event.startsAt().toEpochMilli() + ":in_app",
                "reminder:" + event.id() + ":" + attendee + ":" + event.startsAt().toEpochMilli() + ":log",
                "reminder:" + event.id() + ":" + attendee + ":" + newStart.toEpochMilli() + ":in_app",
                "reminder:" + event.id() + ":" + attendee + ":" + newStart.toEpochMilli() + ":log");
        assertThat(reminders.enqueue()).isEqualTo(new ReminderCounts(0, 0));
    }

    @Test
    void a_backlog_larger_than_a_batch_is_reminded_in_several_transactions() {
        board.givenWithAttendees(anEvent().startingIn(minutes(10)), board.users(4).toArray(UserId[]::new));
        board.givenWithAttendees(anEvent().startingIn(minutes(50)), board.users(3).toArray(UserId[]::new));
        int before = board.database().committedTransactions();

        ReminderCounts counts = reminders.enqueue();

        assertThat(counts).isEqualTo(new ReminderCounts(7, 0));
        assertThat(reminderNotices()).hasSize(14);
        // batches of 3, 3 and 1: the short one ends the run
        assertThat(board.database().committedTransactions() - before).isEqualTo(3);
    }

    @Test
    void a_backlog_filling_whole_batches_ends_with_one_empty_batch() {
        board.givenWithAttendees(anEvent().startingIn(minutes(10)), board.users(6).toArray(UserId[]::new));
        int before = board.database().committedTransactions();

        assertThat(reminders.enqueue()).isEqualTo(new ReminderCounts(6, 0));
        assertThat(board.database().committedTransactions() - before).isEqualTo(3);
    }

    @Test
    void an_attendee_without_reachable_channels_counts_as_failed_and_is_not_retried_forever() {
        UserId reachable = board.aUser();
        UserId unreachable = board.aUser();
        board.recipients().unreachable(unreachable);
        board.givenWithAttendees(anEvent().startingIn(minutes(30)), reachable, unreachable);

        assertThat(reminders.enqueue()).isEqualTo(new ReminderCounts(1, 1));
        assertThat(reminderNotices()).extracting(n -> n.recipient().user()).containsOnly(reachable);

        assertThat(reminders.enqueue()).isEqualTo(new ReminderCounts(0, 0));
    }

    @Test
    void a_batch_whose_attendees_are_all_unreachable_writes_no_notices_but_marks_them() {
        UserId unreachable = board.aUser();
        board.recipients().unreachable(unreachable);
        board.givenWithAttendees(anEvent().startingIn(minutes(30)), unreachable);

        assertThat(reminders.enqueue()).isEqualTo(new ReminderCounts(0, 1));
        assertThat(board.notifications().all()).isEmpty();
        assertThat(reminders.enqueue()).isEqualTo(new ReminderCounts(0, 0));
    }

    @Test
    void the_batch_size_must_be_positive() {
        assertThatThrownBy(() -> new EnqueueDueReminders(board.transactions(), board.dueReminders(),
                board.recipients(), board.notifications(), new ReminderPolicy(Duration.ofHours(1)), 0, board.clock()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
