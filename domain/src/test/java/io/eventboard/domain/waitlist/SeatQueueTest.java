package io.eventboard.domain.waitlist;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.domain.booking.BookingId;
import io.eventboard.domain.booking.BookingRefusals;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.testdata.DomainGen;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SeatQueueTest {

    private static final Instant NOW = TestTime.NOW;
    private static final List<UserId> USERS = DomainGen.userPool(3);
    private static final WaitlistPolicy OFFERS = new WaitlistPolicy(WaitlistMode.OFFER, Duration.ofHours(2));

    @Test
    void anEventThatCannotBeBookedHasNoWaitlistToJoin() {
        Event cancelled = anEvent().inStatus(EventStatus.CANCELLED).withCapacity(1).soldOut().build();
        Event started = anEvent().startedAgo(Duration.ofMinutes(5)).withCapacity(1).soldOut().build();

        assertThat(join(cancelled).rejection()).isEqualTo(BookingRefusals.NOT_BOOKABLE);
        assertThat(join(started).rejection()).isEqualTo(BookingRefusals.ALREADY_STARTED);
    }

    @Test
    void aJoinerTakesTheLastPlaceInLine() {
        Event soldOut = anEvent().startingIn(Duration.ofDays(1)).withCapacity(1).soldOut().build();
        Waitlist line = SeatQueue.join(soldOut, Waitlist.empty(soldOut.id(), OFFERS), USERS.get(0), Optional.empty(),
                NOW).value();
        line = SeatQueue.join(soldOut, line, USERS.get(1), Optional.empty(), NOW).value();

        assertThat(line.positionOf(USERS.get(1))).contains(2);
        assertThat(line.positionOf(USERS.get(2))).isEmpty();
        assertThat(line.entryOf(USERS.get(0)).orElseThrow().isWaiting()).isTrue();
    }

    @Test
    void aFreedSeatIsHeldForTheFirstInLineUntilTheHoldPasses() {
        Event soldOut = anEvent().startingIn(Duration.ofDays(1)).withCapacity(1).soldOut().build();
        Waitlist line = SeatQueue.join(soldOut, Waitlist.empty(soldOut.id(), OFFERS), USERS.get(0), Optional.empty(),
                NOW).value();

        SeatQueue.Outcome outcome = SeatQueue.fill(soldOut.withSeatFreed(NOW), line, NOW);

        assertThat(outcome.offered()).singleElement().satisfies(offer -> {
            assertThat(offer.user()).isEqualTo(USERS.get(0));
            assertThat(offer.offerExpiresAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        });
        assertThat(outcome.event().seatsFree()).isZero();
        assertThat(SeatQueue.accept(outcome.event(), outcome.waitlist(), USERS.get(0), newId(),
                NOW.plus(Duration.ofHours(2))).rejection()).isEqualTo(WaitlistRefusals.OFFER_EXPIRED);
        assertThat(SeatQueue.accept(outcome.event(), outcome.waitlist(), USERS.get(0), newId(),
                NOW.plus(Duration.ofHours(1))).value().booking().isActive()).isTrue();
    }

    @Test
    void nobodyMovesUpOnceTheEventHasStarted() {
        Event started = anEvent().startedAgo(Duration.ofMinutes(1)).withCapacity(2).withSeatsBooked(1).build();
        Waitlist line = new Waitlist(started.id(), WaitlistPolicy.DEFAULT,
                List.of(WaitlistEntry.waiting(started.id(), USERS.get(0), NOW)));

        assertThat(SeatQueue.fill(started, line, NOW).waitlist()).isEqualTo(line);
    }

    @Test
    void aPolicyHoldsOffersForAMinuteToThirtyDays() {
        assertThatThrownBy(() -> new WaitlistPolicy(WaitlistMode.OFFER, Duration.ofSeconds(59)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new WaitlistPolicy(WaitlistMode.OFFER, Duration.ofDays(31)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new WaitlistPolicy(WaitlistMode.OFFER, null)).isInstanceOf(InvalidInput.class);
        assertThat(WaitlistPolicy.DEFAULT.with(WaitlistMode.OFFER, null))
                .isEqualTo(new WaitlistPolicy(WaitlistMode.OFFER, WaitlistPolicy.DEFAULT_HOLD));
    }

    @Test
    void aUserStandsInLineOnlyOnceAndAnOfferAlwaysHasAnExpiry() {
        Event event = anEvent().build();
        WaitlistEntry entry = WaitlistEntry.waiting(event.id(), USERS.get(0), NOW);
        assertThatThrownBy(() -> new Waitlist(event.id(), WaitlistPolicy.DEFAULT, List.of(entry, entry)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WaitlistEntry(event.id(), USERS.get(0), WaitlistStatus.OFFERED, NOW, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Result<Waitlist> join(Event event) {
        return SeatQueue.join(event, Waitlist.empty(event.id(), WaitlistPolicy.DEFAULT), USERS.get(0),
                Optional.empty(), NOW);
    }

    private static BookingId newId() {
        return new BookingId(UUID.randomUUID());
    }
}
