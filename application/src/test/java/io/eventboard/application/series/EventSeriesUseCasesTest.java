package io.eventboard.application.series;

import static io.eventboard.domain.testdata.EventBuilder.hours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.eventboard.application.booking.book.BookSeat;
import io.eventboard.application.event.cancel.CancelEvent;
import io.eventboard.application.series.cancel.CancelOccurrences;
import io.eventboard.application.series.create.CreateEventSeries;
import io.eventboard.application.series.query.SeriesView;
import io.eventboard.application.series.update.UpdateOccurrences;
import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.common.FieldError;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventChanges;
import io.eventboard.domain.event.EventDetails;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.notification.NotificationKind;
import io.eventboard.domain.series.EventSeries;
import io.eventboard.domain.series.Recurrence;
import io.eventboard.domain.series.Recurrence.Frequency;
import io.eventboard.domain.series.Recurrence.Until;
import io.eventboard.domain.series.SeriesId;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.VenueId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventSeriesUseCasesTest {

    private final TestBoard board = TestBoard.now();
    private final UserId organizer = board.aUser();
    private final Instant firstStart = board.instant().plus(Duration.ofDays(2));

    private EventDetails details(VenueId venue) {
        return new EventDetails("Kotlin meetup", "Talks", venue, null, null, firstStart, firstStart.plus(hours(2)),
                10);
    }

    private EventSeries weekly(int count) {
        return board.createEventSeries().create(new CreateEventSeries.Command(organizer, details(null),
                new Recurrence(Frequency.WEEKLY, 1, null, count)));
    }

    private List<Event> occurrences(EventSeries series) {
        return board.recurringEvents().occurrences(series.id());
    }

    private static EventChanges capacity(int capacity) {
        return new EventChanges(null, null, null, null, null, null, null, capacity);
    }

    private Result<OccurrenceChanges> edit(Actor actor, EventSeries series, Event from, EventChanges changes) {
        return board.updateOccurrences().update(new UpdateOccurrences.Command(actor, series.id(), from.id(), changes,
                null));
    }

    private Result<OccurrenceChanges> cancel(Actor actor, EventSeries series, Event from) {
        return board.cancelOccurrences().cancel(new CancelOccurrences.Command(actor, series.id(), from.id()));
    }

    private void book(Event event, UserId attendee) {
        board.bookSeat().book(new BookSeat.Command(event.id(), attendee)).value();
    }

    private static List<String> fieldsRefusing(Runnable action) {
        return catchThrowableOfType(InvalidInput.class, action::run).errors().stream().map(FieldError::field).toList();
    }

    @Test
    void a_series_makes_every_occurrence_a_scheduled_event_of_its_own_organized_by_the_caller() {
        EventSeries series = weekly(3);

        SeriesView view = board.showEventSeries().show(series.id()).value();

        assertThat(view.series()).isEqualTo(series);
        assertThat(view.occurrences()).extracting(Event::startsAt).containsExactly(firstStart,
                firstStart.plus(7, ChronoUnit.DAYS), firstStart.plus(14, ChronoUnit.DAYS));
        assertThat(view.occurrences()).allSatisfy(event -> {
            assertThat(event.status()).isEqualTo(EventStatus.SCHEDULED);
            assertThat(event.organizer()).isEqualTo(organizer);
            assertThat(event.capacity()).isEqualTo(10);
            assertThat(event.details().endsAt()).isEqualTo(event.startsAt().plus(hours(2)));
        });
        assertThat(board.events().all()).hasSize(3);
    }

    @Test
    void each_occurrence_has_its_own_seats() {
        List<Event> occurrences = occurrences(weekly(2));

        book(occurrences.get(0), board.aUser());

        assertThat(board.events().get(occurrences.get(0).id()).seatsBooked()).isEqualTo(1);
        assertThat(board.events().get(occurrences.get(1).id()).seatsBooked()).isZero();
    }

    @Test
    void an_unknown_venue_or_an_end_before_the_start_writes_nothing() {
        VenueId unknown = new VenueId(UUID.randomUUID());
        Recurrence tooEarly = new Recurrence(Frequency.DAILY, 1, new Until.AtInstant(firstStart.minusSeconds(1)), null);

        assertThat(fieldsRefusing(() -> board.createEventSeries().create(new CreateEventSeries.Command(organizer,
                details(unknown), new Recurrence(Frequency.DAILY, 1, null, 2))))).containsExactly("venueId");
        assertThat(fieldsRefusing(() -> board.createEventSeries().create(new CreateEventSeries.Command(organizer,
                details(null), tooEarly)))).containsExactly("recurrence.until");
        assertThat(board.events().all()).isEmpty();
    }

    @Test
    void an_unknown_series_is_not_found() {
        assertThat(board.showEventSeries().show(new SeriesId(UUID.randomUUID())).rejection().code())
                .isEqualTo("series.not-found");
    }

    @Test
    void editing_from_an_occurrence_changes_it_and_every_later_scheduled_one_and_tells_their_attendees() {
        EventSeries series = weekly(4);
        List<Event> occurrences = occurrences(series);
        board.cancelEvent().cancel(new CancelEvent.Command(
                Actor.user(organizer), occurrences.get(2).id())).value();
        UserId attendee = board.aUser();
        book(occurrences.get(3), attendee);
        VenueId venue = board.aVenue();

        OccurrenceChanges changes = edit(Actor.user(organizer), series, occurrences.get(1),
                new EventChanges("Kotlin night", null, venue, null, null, null, null, null)).value();

        assertThat(changes.changed()).containsExactly(occurrences.get(1).id(), occurrences.get(3).id());
        assertThat(occurrences(series)).extracting(Event::title)
                .containsExactly("Kotlin meetup", "Kotlin night", "Kotlin meetup", "Kotlin night");
        assertThat(board.notifications().ofKind(NotificationKind.EVENT_CHANGED))
                .isNotEmpty().allSatisfy(notice -> assertThat(notice.aboutEvent()).contains(occurrences.get(3).id()));
    }

    @Test
    void when_one_occurrence_refuses_the_edit_none_changes() {
        EventSeries series = weekly(3);
        List<Event> occurrences = occurrences(series);
        book(occurrences.get(2), board.aUser());
        book(occurrences.get(2), board.aUser());

        Result<OccurrenceChanges> result = edit(Actor.user(organizer), series, occurrences.get(0), capacity(1));

        assertThat(result.rejection().code()).isEqualTo("event.capacity-below-bookings");
        assertThat(occurrences(series)).extracting(Event::capacity).containsOnly(10);
    }

    @Test
    void the_organizer_edits_the_series_within_the_edit_window_of_its_creation_and_admins_at_any_time() {
        EventSeries series = weekly(2);
        Event first = occurrences(series).get(0);
        board.advance(TestBoard.EDIT_WINDOW.plusSeconds(1));

        assertThat(edit(Actor.user(organizer), series, first, capacity(20)).rejection().code())
                .isEqualTo("event.edit-window-closed");
        assertThat(edit(board.anAdmin(), series, first, capacity(20)).value().changed()).hasSize(2);
        assertThat(occurrences(series)).extracting(Event::capacity).containsOnly(20);
    }

    @Test
    void an_edit_based_on_a_stale_version_of_the_first_occurrence_is_refused() {
        EventSeries series = weekly(2);
        Event first = occurrences(series).get(0);
        edit(Actor.user(organizer), series, first, capacity(12)).value();

        Result<OccurrenceChanges> stale = board.updateOccurrences().update(new UpdateOccurrences.Command(
                Actor.user(organizer), series.id(), first.id(), capacity(20), first.version()));

        assertThat(stale.rejection().code()).isEqualTo("event.concurrent-update");
        assertThat(occurrences(series)).extracting(Event::capacity).containsOnly(12);
    }

    @Test
    void times_cannot_change_for_several_occurrences_at_once() {
        EventSeries series = weekly(2);
        Event first = occurrences(series).get(0);

        assertThat(fieldsRefusing(() -> edit(Actor.user(organizer), series, first,
                new EventChanges(null, null, null, null, null, firstStart.plus(hours(1)), firstStart.plus(hours(3)),
                        null)))).containsExactly("startsAt", "endsAt");
    }

    @Test
    void only_the_organizer_or_an_admin_changes_a_series_and_only_from_one_of_its_occurrences() {
        EventSeries series = weekly(2);
        Event first = occurrences(series).get(0);
        Event stranger = occurrences(weekly(1)).get(0);

        assertThat(cancel(Actor.user(board.aUser()), series, first).rejection().code())
                .isEqualTo("series.not-organizer");
        assertThat(cancel(Actor.user(organizer), series, stranger).rejection().code())
                .isEqualTo("series.not-an-occurrence");
        assertThat(board.cancelOccurrences().cancel(new CancelOccurrences.Command(Actor.user(organizer),
                new SeriesId(UUID.randomUUID()), first.id())).rejection().code()).isEqualTo("series.not-found");
        assertThat(occurrences(series)).extracting(Event::status).containsOnly(EventStatus.SCHEDULED);
    }

    @Test
    void cancelling_from_an_occurrence_calls_off_the_rest_and_tells_every_attendee() {
        EventSeries series = weekly(3);
        List<Event> occurrences = occurrences(series);
        UserId early = board.aUser();
        UserId late = board.aUser();
        book(occurrences.get(0), early);
        book(occurrences.get(2), late);
        board.advance(Duration.ofDays(1));

        OccurrenceChanges cancelled = cancel(Actor.user(organizer), series, occurrences.get(1)).value();

        assertThat(cancelled.changed()).containsExactly(occurrences.get(1).id(), occurrences.get(2).id());
        assertThat(occurrences(series)).extracting(Event::status)
                .containsExactly(EventStatus.SCHEDULED, EventStatus.CANCELLED, EventStatus.CANCELLED);
        assertThat(board.notifications().ofKind(NotificationKind.EVENT_CANCELLED))
                .isNotEmpty().allSatisfy(notice -> assertThat(notice.aboutEvent()).contains(occurrences.get(2).id()));
        assertThat(board.notifications().to(early)).noneMatch(
                notice -> notice.kind() == NotificationKind.EVENT_CANCELLED);
    }

    @Test
    void nothing_left_to_cancel_is_an_empty_answer() {
        EventSeries series = weekly(1);
        Event only = occurrences(series).get(0);
        cancel(Actor.user(organizer), series, only).value();

        assertThat(cancel(Actor.user(organizer), series, only).value().changed()).isEmpty();
    }

    @Test
    void a_series_of_another_zone_is_laid_out_in_that_zone() {
        CreateEventSeries inBerlin = new CreateEventSeries(board.transactions(), board.events(),
                board.recurringEvents(), board.eventReferences(), first -> ZoneId.of("Europe/Berlin"),
                board.clock());
        Instant winterEvening = Instant.parse("2026-10-20T16:00:00Z");
        EventDetails first = new EventDetails("Meetup", null, null, null, null, winterEvening, null, 5);

        EventSeries series = inBerlin.create(new CreateEventSeries.Command(organizer, first,
                new Recurrence(Frequency.WEEKLY, 1, null, 2)));

        assertThat(occurrences(series)).extracting(Event::startsAt)
                .containsExactly(winterEvening, Instant.parse("2026-10-27T17:00:00Z"));
        assertThat(occurrences(series)).extracting(Event::id).doesNotContainNull()
                .extracting(EventId::value).doesNotHaveDuplicates();
    }
}
