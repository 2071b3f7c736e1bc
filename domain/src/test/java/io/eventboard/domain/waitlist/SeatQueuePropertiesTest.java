package io.eventboard.domain.waitlist;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.booking.BookingId;
import io.eventboard.domain.booking.BookingRefusals;
import io.eventboard.domain.common.Rejection;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventChanges;
import io.eventboard.domain.event.EventRefusals;
import io.eventboard.domain.testdata.DomainGen;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.waitlist.SeatQueue.SeatChange;
import io.eventboard.domain.waitlist.SeatQueue.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Seats and waitlist together, driven by random command sequences against a model that only knows who holds
 * a booking and who joined the line when. After every step: active bookings plus held offers fit the capacity
 * and equal the event's seat count, nobody is both booked and in line, seats go to the line strictly first
 * come first served, and no offer survives an expiry run past its expiry or can be accepted after it.
 */
class SeatQueuePropertiesTest {

    private static final List<UserId> USERS = DomainGen.userPool(8);
    private static final Duration HOLD = Duration.ofMinutes(90);

    enum Op { BOOK, CANCEL, JOIN, LEAVE, RAISE_CAPACITY, LOWER_CAPACITY, EXPIRE_OFFERS, ACCEPT }

    record Command(Op op, UserId user, Duration pause, int amount) {
    }

    private static Gen<Command> commands() {
        return Generate.enumValues(Op.class).zip(DomainGen.oneOf(USERS), DomainGen.minutesBetween(0, 60),
                integers().between(1, 3), Command::new);
    }

    @Test
    void automaticPromotionNeverDoubleAssignsASeat() {
        check(WaitlistMode.AUTO);
    }

    @Test
    void heldOffersNeverDoubleAssignASeatNorOutliveTheirExpiry() {
        check(WaitlistMode.OFFER);
    }

    private static void check(WaitlistMode mode) {
        // at most 80 steps of at most an hour: an event five days ahead never starts during the sequence
        qt().withExamples(400)
                .forAll(integers().between(0, 4), lists().of(commands()).ofSizeBetween(0, 80))
                .checkAssert((capacity, commands) -> {
                    Model model = new Model(anEvent().startingIn(Duration.ofDays(5)).withCapacity(capacity).build(),
                            new WaitlistPolicy(mode, HOLD));
                    commands.forEach(model::apply);
                });
    }

    /** The model: the active booking of each user and the order people joined the line in. */
    private static final class Model {

        private final Map<UserId, Booking> active = new HashMap<>();
        private final List<UserId> joinOrder = new ArrayList<>();
        private Event event;
        private Waitlist waitlist;
        private Instant now = TestTime.NOW;

        Model(Event event, WaitlistPolicy policy) {
            this.event = event;
            this.waitlist = Waitlist.empty(event.id(), policy);
        }

        void apply(Command command) {
            now = now.plus(command.pause());
            UserId user = command.user();
            switch (command.op()) {
                case BOOK -> book(user);
                case CANCEL -> cancel(user);
                case JOIN -> join(user);
                case LEAVE -> leave(user);
                case RAISE_CAPACITY -> changeCapacity(event.capacity() + command.amount());
                case LOWER_CAPACITY -> changeCapacity(Math.max(0, event.capacity() - command.amount()));
                case EXPIRE_OFFERS -> expireOffers();
                case ACCEPT -> accept(user);
            }
            assertRulesHold();
        }

        private void book(UserId user) {
            Optional<WaitlistEntry> entry = waitlist.entryOf(user);
            Result<SeatChange> result = SeatQueue.book(event, waitlist, user, Optional.ofNullable(active.get(user)),
                    newBookingId(), now);
            if (entry.isPresent() && entry.get().isWaiting()) {
                assertRefused(result, WaitlistRefusals.NO_OFFER);
            } else if (result.isAccepted()) {
                event = result.value().event();
                waitlist = result.value().waitlist();
                joinOrder.remove(user);
                active.put(user, result.value().booking());
            }
        }

        private void cancel(UserId user) {
            Result<SeatChange> result = SeatQueue.cancel(event, waitlist, Optional.ofNullable(active.get(user)), now);
            if (result.isAccepted()) {
                active.remove(user);
                settle(SeatQueue.fill(result.value().event(), result.value().waitlist(), now));
            }
        }

        private void join(UserId user) {
            Result<Waitlist> result = SeatQueue.join(event, waitlist, user, Optional.ofNullable(active.get(user)),
                    now);
            if (active.containsKey(user)) {
                assertRefused(result, BookingRefusals.ALREADY_BOOKED);
            } else if (waitlist.entryOf(user).isPresent()) {
                assertRefused(result, WaitlistRefusals.ALREADY_WAITING);
            } else if (event.seatsFree() > 0) {
                assertRefused(result, WaitlistRefusals.SEATS_AVAILABLE);
            } else {
                waitlist = accepted(result);
                joinOrder.add(user);
                assertThat(waitlist.positionOf(user)).contains(waitlist.line().size());
            }
        }

        private void leave(UserId user) {
            Result<Outcome> result = SeatQueue.leave(event, waitlist, user, now);
            if (waitlist.entryOf(user).isEmpty()) {
                assertRefused(result, WaitlistRefusals.NOT_WAITING);
            } else {
                joinOrder.remove(user);
                settle(accepted(result));
            }
        }

        private void changeCapacity(int capacity) {
            Result<Event> revised = event.revise(new EventChanges(null, null, null, null, null, null, null, capacity),
                    now);
            if (capacity < event.seatsBooked()) {
                assertRefused(revised, EventRefusals.CAPACITY_BELOW_BOOKINGS);
            } else {
                settle(SeatQueue.fill(accepted(revised), waitlist, now));
            }
        }

        private void expireOffers() {
            waitlist.line().stream().filter(entry -> entry.offerExpiredAt(now)).map(WaitlistEntry::user)
                    .forEach(joinOrder::remove);
            settle(SeatQueue.expireOffers(event, waitlist, now));
            assertThat(waitlist.line()).as("no offer outlives an expiry run past its expiry")
                    .noneMatch(entry -> entry.offerExpiredAt(now));
        }

        private void accept(UserId user) {
            Optional<WaitlistEntry> entry = waitlist.entryOf(user);
            Result<SeatChange> result = SeatQueue.accept(event, waitlist, user, newBookingId(), now);
            if (entry.isEmpty()) {
                assertRefused(result, WaitlistRefusals.NOT_WAITING);
            } else if (entry.get().isWaiting()) {
                assertRefused(result, WaitlistRefusals.NO_OFFER);
            } else if (entry.get().offerExpiredAt(now)) {
                assertRefused(result, WaitlistRefusals.OFFER_EXPIRED);
            } else {
                SeatChange acceptance = accepted(result);
                assertThat(acceptance.booking().user()).isEqualTo(user);
                waitlist = acceptance.waitlist();
                joinOrder.remove(user);
                active.put(user, acceptance.booking());
            }
        }

        /** Takes the outcome over, checking that the seats went to the first people waiting, in order. */
        private void settle(Outcome outcome) {
            List<UserId> waiting = waitlist.line().stream().filter(WaitlistEntry::isWaiting)
                    .map(WaitlistEntry::user).filter(joinOrder::contains).toList();
            List<UserId> served = new ArrayList<>(outcome.promoted().stream().map(Booking::user).toList());
            served.addAll(outcome.offered().stream().map(WaitlistEntry::user).toList());
            assertThat(served).as("seats go to those waiting longest, in order")
                    .isEqualTo(waiting.subList(0, served.size()));
            for (Booking booking : outcome.promoted()) {
                assertThat(active.put(booking.user(), booking)).as("a promoted user held no booking").isNull();
                joinOrder.remove(booking.user());
            }
            outcome.offered().forEach(offer -> assertThat(offer.offerExpiresAt()).isEqualTo(now.plus(HOLD)));
            event = outcome.event();
            waitlist = outcome.waitlist();
        }

        private void assertRulesHold() {
            assertThat(active.size() + waitlist.held()).as("active bookings plus held offers fit the capacity")
                    .isLessThanOrEqualTo(event.capacity());
            assertThat(event.seatsBooked()).as("the seat count is active bookings plus held offers")
                    .isEqualTo(active.size() + waitlist.held());
            assertThat(waitlist.line()).extracting(WaitlistEntry::user).as("nobody is both booked and in line")
                    .noneMatch(active::containsKey)
                    .as("the line keeps the order people joined in").containsExactlyElementsOf(joinOrder);
            if (waitlist.line().stream().anyMatch(WaitlistEntry::isWaiting)) {
                assertThat(event.seatsFree()).as("no seat stays free while someone waits").isZero();
            }
        }

        private static BookingId newBookingId() {
            return new BookingId(UUID.randomUUID());
        }

        private static <T> T accepted(Result<T> result) {
            assertThat(result.isAccepted()).as("accepted, not %s", result).isTrue();
            return result.value();
        }

        private static void assertRefused(Result<?> result, Rejection expected) {
            assertThat(result.isAccepted()).as("refused with %s", expected.code()).isFalse();
            assertThat(result.rejection().code()).isEqualTo(expected.code());
        }
    }
}
