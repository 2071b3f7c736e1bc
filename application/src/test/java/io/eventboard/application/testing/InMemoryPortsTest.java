package io.eventboard.application.testing;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static io.eventboard.domain.testdata.EventBuilder.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.booking.BookingId;
import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.common.ConcurrentUpdate;
import io.eventboard.domain.common.Ids;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.event.StatusPolicy;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.notification.NotificationKind;
import io.eventboard.domain.notification.NotificationStatus;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.notification.ReminderPolicy;
import io.eventboard.domain.user.Role;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.VenueId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The in-memory ports behave like the real store where the use cases (and other modules' tests) rely on it. */
class InMemoryPortsTest {

    private final TestBoard board = TestBoard.now();

    private Booking activeBooking(Event event, UserId user) {
        return Booking.active(new BookingId(UUID.randomUUID()), event.id(), user, board.instant());
    }

    private Notification notification(String dedupeKey) {
        return Notification.queue(new NotificationId(Ids.timeOrdered(board.instant())), Recipient.inbox(board.aUser()),
                NotificationKind.CUSTOM, "s", "b", dedupeKey, null, board.instant());
    }

    @Test
    void a_transaction_that_throws_leaves_every_table_as_it_was() {
        Event kept = board.given(anEvent());
        UserId user = board.aUser();

        assertThatThrownBy(() -> board.inTransaction(() -> {
            board.events().add(anEvent().build());
            board.bookings().add(activeBooking(kept, user));
            board.notifications().enqueue(List.of(notification("k")));
            board.tags().ensure(Set.of("t"));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(board.events().all()).containsExactly(kept);
        assertThat(board.bookings().all()).isEmpty();
        assertThat(board.notifications().all()).isEmpty();
        assertThat(board.tags().all()).isEmpty();
        assertThat(board.database().rolledBackTransactions()).isEqualTo(1);
    }

    @Test
    void a_nested_transaction_joins_the_outer_one() {
        assertThatThrownBy(() -> board.inTransaction(() -> {
            board.inTransaction(() -> {
                board.events().add(anEvent().build());
                return null;
            });
            throw new IllegalStateException("outer fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(board.events().all()).isEmpty();
        assertThat(board.database().inTransactionNow()).isFalse();
    }

    @Test
    void writes_and_row_locks_outside_a_transaction_are_refused() {
        Event event = anEvent().build();

        assertThatThrownBy(() -> board.events().add(event)).hasMessageContaining("outside a transaction");
        assertThatThrownBy(() -> board.events().lockById(event.id())).hasMessageContaining("outside a transaction");
        assertThatThrownBy(() -> board.notifications().enqueue(List.of())).hasMessageContaining("outside a transaction");
        assertThat(board.events().findById(event.id())).isEmpty();
    }

    @Test
    void an_update_checks_the_version_and_returns_the_event_with_the_next_one() {
        Event event = board.given(anEvent().atVersion(2));

        Event stored = board.inTransaction(() -> board.events().update(event.withSeatTaken(board.instant())));

        assertThat(stored.version()).isEqualTo(3);
        assertThat(board.events().get(event.id())).isEqualTo(stored);
        assertThatThrownBy(() -> board.inTransaction(() -> board.events().update(event)))
                .isInstanceOf(ConcurrentUpdate.class);
        assertThatThrownBy(() -> board.inTransaction(() -> board.events().update(anEvent().build())))
                .isInstanceOf(ConcurrentUpdate.class);
        assertThat(board.events().get(event.id())).isEqualTo(stored);
    }

    @Test
    void events_need_their_venue_channel_and_tags_to_exist_and_unique_ids_and_external_refs() {
        assertThatThrownBy(() -> board.given(anEvent().inVenue(new VenueId(UUID.randomUUID()))))
                .hasMessageContaining("no venue");
        assertThatThrownBy(() -> board.given(anEvent().inChannel(new ChannelId(
                UUID.randomUUID())))).hasMessageContaining("no channel");
        assertThatThrownBy(() -> board.given(anEvent().taggedWith("nope"))).hasMessageContaining("no tag");
        Event event = board.given(anEvent().importedFrom("acme", "x"));
        assertThatThrownBy(() -> board.given(event)).hasMessageContaining("primary key");
        assertThatThrownBy(() -> board.given(anEvent().importedFrom("acme", "x"))).hasMessageContaining("external ref");
    }

    @Test
    void deleting_an_event_removes_its_bookings_ratings_and_reminder_marks() {
        UserId user = board.aUser();
        Event event = board.givenWithAttendees(anEvent().startingIn(minutes(30)), user);
        board.enqueueDueReminders().enqueue();
        Booking booking = board.bookings().of(event.id()).get(0);
        assertThat(board.dueReminders().remindedFor(booking.id())).contains(event.startsAt());

        board.inTransaction(() -> {
            board.events().delete(event.id());
            return null;
        });

        assertThat(board.events().exists(event.id())).isFalse();
        assertThat(board.bookings().all()).isEmpty();
        assertThat(board.dueReminders().remindedFor(booking.id())).isEmpty();
    }

    @Test
    void a_second_active_booking_of_one_user_for_one_event_violates_the_unique_index() {
        Event event = board.given(anEvent());
        UserId user = board.aUser();
        Booking first = activeBooking(event, user);
        board.inTransaction(() -> {
            board.bookings().add(first);
            return null;
        });

        assertThatThrownBy(() -> board.inTransaction(() -> {
            board.bookings().add(activeBooking(event, user));
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("unique index");
        assertThatThrownBy(() -> board.inTransaction(() -> {
            board.bookings().add(first);
            return null;
        })).hasMessageContaining("primary key");
        assertThatThrownBy(() -> board.inTransaction(() -> {
            board.bookings().add(activeBooking(anEvent().build(), user));
            return null;
        })).hasMessageContaining("no event");
        assertThatThrownBy(() -> board.inTransaction(() -> {
            board.bookings().update(activeBooking(event, board.aUser()));
            return null;
        })).hasMessageContaining("no booking");
        assertThat(board.bookings().all()).containsExactly(first);
    }

    @Test
    void the_outbox_stores_each_dedupe_key_once_even_within_one_batch() {
        Notification first = notification("same");

        int stored = board.inTransaction(() -> board.notifications().enqueue(List.of(first, notification("same"),
                notification("other"))));
        int again = board.inTransaction(() -> board.notifications().enqueue(List.of(notification("same"))));

        assertThat(stored).isEqualTo(2);
        assertThat(again).isZero();
        assertThat(board.notifications().findByDedupeKey("same")).contains(first);
        assertThat(board.notifications().findByDedupeKey("missing")).isEmpty();
    }

    @Test
    void only_the_worker_holding_the_lease_may_record_an_outcome() {
        Notification queued = notification("k");
        board.inTransaction(() -> board.notifications().enqueue(List.of(queued)));
        Instant now = board.instant();
        Notification claimed = board.inTransaction(() -> board.notifications().claimDue(now, 5, "w1",
                now.plusSeconds(30))).get(0);
        Notification sent = claimed.delivered(now).value();

        assertThat(claimed.status()).isEqualTo(NotificationStatus.SENDING);
        assertThat(claimed.attempts()).isEqualTo(1);
        assertThat(board.inTransaction(() -> board.notifications().record(sent, "w2"))).isFalse();
        assertThat(board.inTransaction(() -> board.notifications().record(sent, "w1"))).isTrue();
        assertThat(board.inTransaction(() -> board.notifications().record(sent, "w1"))).isFalse();
        assertThat(board.notifications().get(queued.id()).status()).isEqualTo(NotificationStatus.SENT);
        assertThat(board.notifications().leaseOf(queued.id())).isEmpty();
    }

    @Test
    void updates_keep_the_dedupe_key_and_need_an_existing_notification() {
        Notification queued = notification("k");
        assertThatThrownBy(() -> board.inTransaction(() -> {
            board.notifications().update(queued);
            return null;
        })).hasMessageContaining("no notification");
        board.inTransaction(() -> board.notifications().enqueue(List.of(queued)));
        Notification rekeyed = new Notification(queued.id(), queued.recipient(), queued.kind(), queued.subject(),
                queued.body(), queued.priority(), "other", queued.status(), 0, null, queued.createdAt(), null,
                queued.nextAttemptAt(), queued.updatedAt(), null, null);

        assertThatThrownBy(() -> board.inTransaction(() -> {
            board.notifications().update(rekeyed);
            return null;
        })).hasMessageContaining("dedupe key");
    }

    @Test
    void due_reminders_cover_active_bookings_of_scheduled_events_starting_within_the_lead() {
        UserId user = board.aUser();
        board.givenWithAttendees(anEvent().startingIn(minutes(59)), user);
        board.givenWithAttendees(anEvent().startingIn(minutes(61)), user);
        ReminderPolicy policy = new ReminderPolicy(Duration.ofHours(1));

        var due = board.inTransaction(() -> board.dueReminders().claim(board.instant(), policy, 10));

        assertThat(due).hasSize(1);
        assertThat(due.get(0).user()).isEqualTo(user);
        assertThat(due.get(0).startsAt()).isEqualTo(board.instant().plus(minutes(59)));
    }

    @Test
    void the_schedule_lists_events_due_to_start_and_to_complete_soonest_first() {
        Event later = board.given(anEvent().startedAgo(minutes(1)));
        Event sooner = board.given(anEvent().startedAgo(minutes(5)));
        board.given(anEvent().startingIn(minutes(1)));
        Event endsSooner = board.given(anEvent().startedAgo(hours(3)).lasting(hours(1)).inStatus(EventStatus.ONGOING));
        Event endsLater = board.given(anEvent().startedAgo(hours(2)).inStatus(EventStatus.ONGOING));
        board.given(anEvent().startedAgo(hours(5)).inStatus(EventStatus.COMPLETED));
        StatusPolicy policy = new StatusPolicy(TestBoard.DEFAULT_EVENT_LENGTH);

        assertThat(board.schedule().dueToStart(board.instant(), 10)).extracting(Event::id)
                .containsExactly(sooner.id(), later.id());
        assertThat(board.schedule().dueToStart(board.instant(), 1)).extracting(Event::id).containsExactly(sooner.id());
        assertThat(board.schedule().dueToComplete(board.instant(), policy, 10)).extracting(Event::id)
                .containsExactly(endsSooner.id(), endsLater.id());
    }

    @Test
    void user_accounts_are_unique_by_id_username_and_email_ignoring_case() {
        UserAccount ada = new UserAccount(board.aUser(), "ada", "ada@example.org", "hash", Role.USER, true,
                board.instant());

        assertThat(board.inTransaction(() -> board.users().add(ada))).isTrue();
        assertThat(board.inTransaction(() -> board.users().add(new UserAccount(board.aUser(), "ADA",
                "other@example.org", "hash", Role.USER, true, board.instant())))).isFalse();
        assertThat(board.inTransaction(() -> board.users().add(new UserAccount(board.aUser(), "bob",
                "ADA@example.org", "hash", Role.USER, true, board.instant())))).isFalse();
        assertThat(board.users().findById(ada.id())).contains(ada);
        assertThat(board.users().findByUsername("Ada")).contains(ada);
        assertThat(board.users().findByUsername("nobody")).isEmpty();
    }

    @Test
    void venues_are_found_again_by_name_and_city() {
        var first = board.inTransaction(() -> board.venues().findOrCreate("Hall", "Rome", "Via 1"));
        var again = board.inTransaction(() -> board.venues().findOrCreate("hall", "ROME", null));

        assertThat(again).isEqualTo(first);
        assertThat(board.venues().all()).containsExactly(first);
    }

    @Test
    void recipients_default_to_inbox_and_log_and_can_be_set_per_user() {
        UserId user = board.aUser();
        assertThat(board.recipients().of(user)).extracting(Recipient::channel)
                .containsExactly(DeliveryChannel.IN_APP, DeliveryChannel.LOG);

        board.recipients().set(user, new Recipient(DeliveryChannel.WEBHOOK, user, "https://example.org/hook"));

        assertThat(board.recipients().of(user)).extracting(Recipient::channel).containsExactly(DeliveryChannel.WEBHOOK);
    }

    @Test
    void the_scripted_provider_refuses_unknown_cursors() {
        board.provider().page(ExternalEventBuilder.anExternalEvent("a").build());

        assertThatThrownBy(() -> board.provider().fetch(Optional.empty(), Optional.of("page-7")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> board.provider().fetch(Optional.empty(), Optional.of("bogus")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
