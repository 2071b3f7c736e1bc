package io.eventboard.application.provider.sync;

import static io.eventboard.application.testing.ExternalEventBuilder.anExternalEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.booking.book.BookSeat;
import io.eventboard.application.provider.sync.SyncEventsFromProvider.Command;
import io.eventboard.application.testing.ScriptedEventProvider.Fetch;
import io.eventboard.application.testing.TestBoard;
import io.eventboard.application.waitlist.WaitlistCommand;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.event.ExternalRef;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationKind;
import io.eventboard.domain.provider.ExternalEvent;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.Venue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SyncEventsFromProviderTest {

    private final TestBoard board = TestBoard.now();
    private final SyncEventsFromProvider sync = board.syncEventsFromProvider();

    private Event imported(String externalId) {
        return board.events().findByExternalRef(new ExternalRef(TestBoard.PROVIDER, externalId))
                .orElseThrow(() -> new AssertionError("not imported: " + externalId));
    }

    private SyncSummary syncAll() {
        return run(Command.everything()).counts();
    }

    private SyncReport run(Command command) {
        return sync.sync(command).value();
    }

    @Test
    void new_records_become_imported_events_owned_by_the_system_user() {
        ExternalEvent record = anExternalEvent("ext-1").titled("Big conference").described("Keynotes")
                .inVenue("Main hall", "Berlin", "Alexanderplatz 1").startingIn(Duration.ofDays(3)).lasting(hours(8))
                .withCapacity(500).taggedWith("Tech", "conference").build();
        board.provider().page(record);

        SyncSummary summary = syncAll();

        assertThat(summary).isEqualTo(new SyncSummary(1, 0, 0, 0));
        Event event = imported("ext-1");
        assertThat(event.isImported()).isTrue();
        assertThat(event.externalRef()).contains(new ExternalRef("acme", "ext-1"));
        assertThat(event.organizer()).isEqualTo(TestBoard.SYSTEM_USER);
        assertThat(event.status()).isEqualTo(EventStatus.SCHEDULED);
        assertThat(event.title()).isEqualTo("Big conference");
        assertThat(event.details().description()).isEqualTo("Keynotes");
        assertThat(event.startsAt()).isEqualTo(record.startsAt());
        assertThat(event.details().endsAt()).isEqualTo(record.endsAt());
        assertThat(event.capacity()).isEqualTo(500);
        assertThat(event.details().tags()).containsExactlyInAnyOrder("tech", "conference");
        assertThat(board.tags().all()).containsExactlyInAnyOrder("tech", "conference");
        Venue venue = board.venue(event.details().venueId().orElseThrow());
        assertThat(venue.name()).isEqualTo("Main hall");
        assertThat(venue.city()).isEqualTo("Berlin");
        assertThat(venue.address()).isEqualTo("Alexanderplatz 1");
    }

    @Test
    void records_sharing_a_venue_share_one_venue_and_records_without_a_venue_have_none() {
        board.provider().page(anExternalEvent("a").inVenue("Hall", "Rome", null).build(),
                anExternalEvent("b").inVenue("Hall", "Rome", null).build(),
                anExternalEvent("c").withoutVenue().build(),
                anExternalEvent("d").inVenue("Hall", null, null).build());

        assertThat(syncAll()).isEqualTo(new SyncSummary(4, 0, 0, 0));

        assertThat(board.venues().all()).hasSize(1);
        assertThat(imported("a").details().venueId()).isEqualTo(imported("b").details().venueId()).isPresent();
        assertThat(imported("c").details().venueId()).isEmpty();
        assertThat(imported("d").details().venueId()).isEmpty();
    }

    @Test
    void a_feed_of_several_pages_is_followed_to_its_end_counting_created_and_malformed_records() {
        LocalDate day = LocalDate.ofInstant(board.instant(), ZoneOffset.UTC).minusDays(1);
        Optional<Instant> since = Optional.of(day.atStartOfDay(ZoneOffset.UTC).toInstant());
        board.provider()
                .page(2, anExternalEvent("p1-a").build(), anExternalEvent("p1-b").build())
                .page(0, anExternalEvent("p2-a").build())
                .page(1, anExternalEvent("p3-a").build(), anExternalEvent("p3-b").titled(" ").build());

        SyncReport report = run(Command.changedSince(day));

        assertThat(report.counts()).isEqualTo(new SyncSummary(4, 0, 0, 4));
        assertThat(report.counts().records()).isEqualTo(8);
        assertThat(report.completed()).isTrue();
        assertThat(report.since()).isEqualTo(since);
        assertThat(board.events().all()).hasSize(4);
        assertThat(board.provider().fetches()).containsExactly(
                new Fetch(since, Optional.empty()),
                new Fetch(since, Optional.of("page-1")),
                new Fetch(since, Optional.of("page-2")));
    }

    @Test
    void records_that_cannot_become_events_are_counted_as_failed_and_skipped() {
        board.provider().page(
                anExternalEvent("ok").build(),
                anExternalEvent(" ").build(),
                anExternalEvent("no-title").titled(null).build(),
                anExternalEvent("negative-capacity").withCapacity(-1).build(),
                anExternalEvent("no-start").startingIn(null).build(),
                anExternalEvent("ends-before-start").lasting(hours(-1)).build(),
                anExternalEvent("blank-tag").taggedWith(" ").build());

        assertThat(syncAll()).isEqualTo(new SyncSummary(1, 0, 0, 6));

        assertThat(board.events().all()).extracting(event -> event.externalRef().orElseThrow().externalId())
                .containsExactly("ok");
    }

    @Test
    void a_record_whose_venue_cannot_be_stored_is_counted_as_failed_and_the_sync_goes_on() {
        board.provider().page(
                anExternalEvent("blank-venue").inVenue(" ", "Berlin", null).build(),
                anExternalEvent("long-address").inVenue("Hall", "Berlin", "x".repeat(301)).build(),
                anExternalEvent("fine").build());

        SyncSummary summary = syncAll();

        assertThat(summary).isEqualTo(new SyncSummary(1, 0, 0, 2));
        assertThat(board.events().all()).hasSize(1);
        assertThat(board.venues().all()).extracting(Venue::name).containsExactly("Main hall");
    }

    @Test
    void a_second_sync_of_the_same_feed_changes_nothing() {
        board.provider().page(anExternalEvent("a").build(), anExternalEvent("b").taggedWith("x").build())
                .page(anExternalEvent("c").cancelled().build());
        syncAll();
        List<Event> afterFirst = board.events().all();
        board.advance(hours(1));

        SyncSummary second = syncAll();

        assertThat(second).isEqualTo(new SyncSummary(0, 0, 3, 0));
        assertThat(board.events().all()).isEqualTo(afterFirst);
    }

    @Test
    void a_record_changed_upstream_updates_the_event_and_keeps_its_bookings() {
        board.provider().page(anExternalEvent("a").titled("Old title").build());
        syncAll();
        Event before = imported("a");
        UserId ada = board.aUser();
        board.bookSeat().book(new BookSeat.Command(before.id(), ada));
        board.advance(hours(1));
        board.provider().clear().page(anExternalEvent("a").titled("New title").build());

        SyncSummary summary = syncAll();

        assertThat(summary).isEqualTo(new SyncSummary(0, 1, 0, 0));
        Event after = imported("a");
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.title()).isEqualTo("New title");
        assertThat(after.seatsBooked()).isEqualTo(1);
        assertThat(after.updatedAt()).isEqualTo(board.instant());
        assertThat(after.version()).isEqualTo(before.version() + 2);
        assertThat(board.bookings().activeAttendees(after.id())).containsExactly(ada);
        assertThat(board.notifications().ofKind(NotificationKind.EVENT_CANCELLED)).isEmpty();
    }

    @Test
    void a_cancellation_upstream_cancels_the_event_and_tells_its_attendees_once() {
        board.provider().page(anExternalEvent("a").titled("Festival").build());
        syncAll();
        Event event = imported("a");
        UserId ada = board.aUser();
        UserId bob = board.aUser();
        board.bookSeat().book(new BookSeat.Command(event.id(), ada));
        board.bookSeat().book(new BookSeat.Command(event.id(), bob));
        board.provider().clear().page(anExternalEvent("a").titled("Festival").cancelled().build());

        SyncSummary summary = syncAll();

        assertThat(summary).isEqualTo(new SyncSummary(0, 1, 0, 0));
        assertThat(imported("a").status()).isEqualTo(EventStatus.CANCELLED);
        List<Notification> notices = board.notifications().ofKind(NotificationKind.EVENT_CANCELLED);
        assertThat(notices).hasSize(4).extracting(n -> n.recipient().user()).containsOnly(ada, bob);
        assertThat(notices).allSatisfy(n -> assertThat(n.subject()).isEqualTo("Event cancelled: Festival"));

        assertThat(syncAll()).isEqualTo(new SyncSummary(0, 0, 1, 0));
        assertThat(board.notifications().ofKind(NotificationKind.EVENT_CANCELLED)).hasSize(4);
    }

    @Test
    void a_new_record_cancelled_upstream_is_created_cancelled() {
        board.provider().page(anExternalEvent("gone").cancelled().build(),
                anExternalEvent("shouting").inStatus("CANCELLED").build());

        assertThat(syncAll()).isEqualTo(new SyncSummary(2, 0, 0, 0));

        assertThat(imported("gone").status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(imported("shouting").status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(board.notifications().all()).isEmpty();
    }

    @Test
    void a_completed_event_stays_completed_when_upstream_calls_it_cancelled() {
        board.provider().page(anExternalEvent("a").startingIn(hours(-5)).lasting(hours(1)).build());
        syncAll();
        board.advanceEventStatuses().sweep(Optional.empty());
        assertThat(imported("a").status()).isEqualTo(EventStatus.COMPLETED);
        board.provider().clear().page(anExternalEvent("a").startingIn(hours(-5)).lasting(hours(1)).cancelled().build());

        assertThat(syncAll()).isEqualTo(new SyncSummary(0, 0, 1, 0));
        assertThat(imported("a").status()).isEqualTo(EventStatus.COMPLETED);
    }

    @Test
    void a_capacity_drop_below_the_booked_seats_keeps_every_booked_seat() {
        board.provider().page(anExternalEvent("a").withCapacity(10).build());
        syncAll();
        Event event = imported("a");
        List<UserId> attendees = board.users(3);
        attendees.forEach(user -> board.bookSeat().book(new BookSeat.Command(event.id(), user)));
        board.provider().clear().page(anExternalEvent("a").withCapacity(2).build());

        assertThat(syncAll()).isEqualTo(new SyncSummary(0, 1, 0, 0));

        Event after = imported("a");
        assertThat(after.capacity()).isEqualTo(3);
        assertThat(after.seatsBooked()).isEqualTo(3);
        assertThat(after.seatsFree()).isZero();
        assertThat(board.bookings().activeAttendees(event.id())).containsExactlyInAnyOrderElementsOf(attendees);
    }

    @Test
    void a_capacity_drop_below_the_booked_seats_is_not_applied_again_by_every_later_sync() {
        board.provider().page(anExternalEvent("a").withCapacity(10).build());
        syncAll();
        Event event = imported("a");
        board.users(3).forEach(user -> board.bookSeat().book(new BookSeat.Command(event.id(), user)));
        board.provider().clear().page(anExternalEvent("a").withCapacity(2).build());
        syncAll();
        Event afterDrop = imported("a");
        board.advance(hours(1));

        assertThat(syncAll()).isEqualTo(new SyncSummary(0, 0, 1, 0));
        assertThat(imported("a")).isEqualTo(afterDrop);
    }

    @Test
    void a_record_without_a_tag_list_is_imported_without_tags() {
        board.provider().page(anExternalEvent("a").withoutTags().build());

        assertThat(syncAll()).isEqualTo(new SyncSummary(1, 0, 0, 0));
        assertThat(imported("a").details().tags()).isEmpty();
        assertThat(syncAll()).isEqualTo(new SyncSummary(0, 0, 1, 0));
    }

    @Test
    void an_empty_feed_does_nothing() {
        assertThat(syncAll()).isEqualTo(SyncSummary.NONE);
        assertThat(board.provider().fetches()).containsExactly(new Fetch(Optional.empty(), Optional.empty()));
    }

    @Test
    void imported_events_can_be_booked_like_any_other() {
        board.provider().page(anExternalEvent("a").withCapacity(1).build());
        syncAll();

        assertThat(board.bookSeat().book(new BookSeat.Command(imported("a").id(), board.aUser())).isAccepted())
                .isTrue();
    }

    @Test
    void seats_an_upstream_capacity_raise_frees_go_to_the_waitlist_in_the_same_sync() {
        board.provider().page(anExternalEvent("gig").startingIn(Duration.ofDays(3)).withCapacity(1).build());
        syncAll();
        Event event = imported("gig");
        UserId holder = board.aUser();
        UserId waiting = board.aUser();
        board.bookSeat().book(new BookSeat.Command(event.id(), holder)).value();
        board.joinWaitlist().join(new WaitlistCommand(event.id(), waiting)).value();
        board.provider().clear().page(anExternalEvent("gig").startingIn(Duration.ofDays(3)).withCapacity(2).build());

        syncAll();

        assertThat(board.bookings().findActive(event.id(), waiting)).isPresent();
        assertThat(imported("gig").seatsFree()).isZero();
        assertThat(board.notifications().ofKind(NotificationKind.WAITLIST_PROMOTED)).isNotEmpty();
    }
}
