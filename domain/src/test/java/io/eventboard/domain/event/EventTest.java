package io.eventboard.domain.event;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static io.eventboard.domain.testdata.TestTime.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.domain.common.FieldError;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.testdata.EventBuilder;
import io.eventboard.domain.user.UserId;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventTest {

    private final UserId organizer = new UserId(UUID.randomUUID());

    @Test
    void anAnnouncedEventIsScheduledWithNoSeatsTakenAndNoRatings() {
        EventDetails details = anEvent().startingIn(hours(2)).withCapacity(30).details();

        Event event = Event.announce(EventBuilder.newEventId(), details, organizer, NOW);

        assertThat(event.status()).isEqualTo(EventStatus.SCHEDULED);
        assertThat(event.seatsBooked()).isZero();
        assertThat(event.seatsFree()).isEqualTo(30);
        assertThat(event.capacity()).isEqualTo(30);
        assertThat(event.ratings()).isEqualTo(RatingSummary.NONE);
        assertThat(event.organizer()).isEqualTo(organizer);
        assertThat(event.createdAt()).isEqualTo(NOW);
        assertThat(event.updatedAt()).isEqualTo(NOW);
        assertThat(event.version()).isZero();
        assertThat(event.isImported()).isFalse();
        assertThat(event.externalRef()).isEmpty();
        assertThat(event.title()).isEqualTo(details.title());
        assertThat(event.startsAt()).isEqualTo(details.startsAt());
    }

    @Test
    void anEventCannotBeAnnouncedToStartNowOrInThePast() {
        for (EventDetails details : new EventDetails[] {
                anEvent().startingIn(hours(0)).details(), anEvent().startedAgo(hours(1)).details()}) {
            assertThatThrownBy(() -> Event.announce(EventBuilder.newEventId(), details, organizer, NOW))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("startsAt"));
        }
    }

    @Test
    void anImportedEventMayAlreadyHaveStartedAndRemembersItsSource() {
        ExternalRef source = new ExternalRef("upstream", "ev-42");

        Event event = Event.imported(EventBuilder.newEventId(), anEvent().startedAgo(hours(1)).details(), organizer,
                source, NOW);

        assertThat(event.isImported()).isTrue();
        assertThat(event.externalRef()).contains(source);
        assertThat(event.hasStarted(NOW)).isTrue();
        assertThatThrownBy(() -> Event.imported(EventBuilder.newEventId(), anEvent().details(), organizer, null, NOW))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void theSeatsBookedStayBetweenZeroAndTheCapacity() {
        assertThatThrownBy(() -> anEvent().withCapacity(2).withSeatsBooked(3).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> anEvent().withCapacity(2).withSeatsBooked(-1).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> anEvent().withCapacity(2).soldOut().build().withSeatTaken(NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> anEvent().withCapacity(2).build().withSeatFreed(NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void revisingChangesOnlyTheNamedFields() {
        Event event = anEvent().titled("Old").startingIn(hours(5)).withCapacity(10).withSeatsBooked(3).build();
        Instant later = NOW.plusSeconds(60);

        Event revised = event.revise(changes("New", null, 12), later).value();

        assertThat(revised.title()).isEqualTo("New");
        assertThat(revised.capacity()).isEqualTo(12);
        assertThat(revised.startsAt()).isEqualTo(event.startsAt());
        assertThat(revised.details().description()).isEqualTo(event.details().description());
        assertThat(revised.seatsBooked()).isEqualTo(3);
        assertThat(revised.updatedAt()).isEqualTo(later);
        assertThat(revised.createdAt()).isEqualTo(event.createdAt());
    }

    @Test
    void revisingTheCapacityBelowTheSeatsBookedIsRefused() {
        Event event = anEvent().withCapacity(10).withSeatsBooked(4).build();

        assertThat(event.revise(changes(null, null, 3), NOW).rejection().code())
                .isEqualTo("event.capacity-below-bookings");
        assertThat(event.revise(changes(null, null, 4), NOW).value().seatsFree()).isZero();
    }

    @Test
    void revisingMovingTheStartIntoThePastNamesStartsAt() {
        Event event = anEvent().startingIn(hours(2)).build();

        for (Instant newStart : new Instant[] {NOW.minusSeconds(1), NOW}) {
            assertThatThrownBy(() -> event.revise(changes(null, newStart, null), NOW))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("startsAt"));
        }
        assertThat(event.revise(changes(null, NOW.plus(hours(1)), null), NOW).value().startsAt())
                .isEqualTo(NOW.plus(hours(1)));
    }

    @Test
    void revisingWithoutMovingTheStartAcceptsAnEventWhoseStartHasPassed() {
        Event ongoing = anEvent().inStatus(EventStatus.ONGOING).startedAgo(hours(1)).build();

        assertThat(ongoing.revise(changes("Renamed", null, null), NOW).value().title()).isEqualTo("Renamed");
    }

    @Test
    void aFinishedEventCannotBeRevised() {
        for (EventStatus status : new EventStatus[] {EventStatus.COMPLETED, EventStatus.CANCELLED}) {
            assertThat(anEvent().inStatus(status).build().revise(changes("x", null, null), NOW).rejection())
                    .isEqualTo(EventRefusals.FINISHED);
        }
    }

    @Test
    void resyncKeepsTheSeatsBookedWhenUpstreamCapacityDrops() {
        Event event = anEvent().withCapacity(10).withSeatsBooked(6).build();
        EventDetails upstream = anEvent().titled("Upstream title").startingIn(hours(3)).withCapacity(4).details();

        Event resynced = event.resync(upstream, NOW);

        assertThat(resynced.seatsBooked()).isEqualTo(6);
        assertThat(resynced.capacity()).isEqualTo(6);
        assertThat(resynced.seatsFree()).isZero();
        assertThat(resynced.title()).isEqualTo("Upstream title");
        assertThat(resynced.startsAt()).isEqualTo(upstream.startsAt());
        assertThat(resynced.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void resyncTakesUpstreamDetailsAsTheyAreWhenTheSeatsFit() {
        Event event = anEvent().withCapacity(10).withSeatsBooked(2).build();
        EventDetails upstream = anEvent().titled("Upstream").withCapacity(4).details();

        assertThat(event.resync(upstream, NOW).details()).isEqualTo(upstream);
    }

    @Test
    void ratingsReplaceTheSummaryAndTouchTheEvent() {
        Event event = anEvent().inStatus(EventStatus.COMPLETED).build();

        Event rated = event.withRatings(new RatingSummary(2, 9), NOW.plusSeconds(5));

        assertThat(rated.ratings().average()).isEqualTo(4.5);
        assertThat(rated.updatedAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void anEventIdPrintsAsItsUuid() {
        EventId id = EventBuilder.newEventId();

        assertThat(id).hasToString(id.value().toString());
    }

    private static EventChanges changes(String title, Instant startsAt, Integer capacity) {
        return new EventChanges(title, null, null, null, null, startsAt, null, capacity);
    }

    @Test
    void changesMoveTheStartOnlyWhenTheyNameOne() {
        assertThat(changes(null, NOW, null).movesStart()).isTrue();
        assertThat(new EventChanges("t", "d", null, null, Set.of(), null, null, 1).movesStart()).isFalse();
    }
}
