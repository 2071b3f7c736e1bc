package io.eventboard.domain.booking;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.eventboard.domain.booking.SeatBooking.Reservation;
import io.eventboard.domain.common.Rejection;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.testdata.DomainGen;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Seat accounting, checked against a tiny model: a ledger of every booking ever made. Each command is applied
 * with the user's current active booking from the ledger, and the rules are checked after every single step.
 */
class SeatBookingPropertiesTest {

    private static final List<UserId> USERS = DomainGen.userPool(4);

    enum Op { BOOK, CANCEL }

    record Command(Op op, UserId user, Duration pause) {
    }

    private static Gen<Command> commands(long maxWaitMinutes) {
        return Generate.enumValues(Op.class).zip(DomainGen.oneOf(USERS), DomainGen.minutesBetween(0, maxWaitMinutes),
                Command::new);
    }

    @Test
    void anySequenceOfBookAndCancelNeverExceedsCapacity() {
        // at most 60 steps of at most an hour: an event three days ahead never starts during the sequence
        qt().withExamples(300)
                .forAll(integers().between(0, 10), lists().of(commands(60)).ofSizeBetween(0, 60))
                .checkAssert((capacity, commands) -> {
                    Ledger ledger = new Ledger(anEvent().startingIn(Duration.ofDays(3)).withCapacity(capacity).build());
                    commands.forEach(ledger::apply);
                });
    }

    @Test
    void onceTheEventHasStartedNoSeatIsTakenOrGivenBack() {
        // the start lies somewhere inside the sequence, so the seats freeze part-way through
        qt().withExamples(300)
                .forAll(integers().between(0, 10), DomainGen.minutesBetween(1, 600),
                        lists().of(commands(60)).ofSizeBetween(0, 40))
                .checkAssert((capacity, startsIn, commands) -> {
                    Ledger ledger = new Ledger(anEvent().startingIn(startsIn).withCapacity(capacity).build());
                    commands.forEach(ledger::apply);
                });
    }

    @Test
    void onlyAScheduledEventCanBeBooked() {
        qt().forAll(DomainGen.eventStatuses(), DomainGen.oneOf(USERS))
                .assuming((status, user) -> status != EventStatus.SCHEDULED)
                .checkAssert((status, user) -> {
                    Event event = anEvent().inStatus(status).withCapacity(5).build();
                    assertThat(SeatBooking.book(event, user, Optional.empty(), newBookingId(), TestTime.NOW)
                            .rejection()).isEqualTo(BookingRefusals.NOT_BOOKABLE);
                });
    }

    private static BookingId newBookingId() {
        return new BookingId(UUID.randomUUID());
    }

    /** The model: every booking ever made, by id; the seats are whatever the active ones hold. */
    private static final class Ledger {

        private final int capacity;
        private final Instant startsAt;
        private final Map<BookingId, Booking> bookings = new LinkedHashMap<>();
        private Event event;
        private Instant now = TestTime.NOW;

        Ledger(Event event) {
            this.event = event;
            this.capacity = event.capacity();
            this.startsAt = event.startsAt();
        }

        void apply(Command command) {
            now = now.plus(command.pause());
            Optional<Booking> current = activeBookingOf(command.user());
            switch (command.op()) {
                case BOOK -> book(command.user(), current);
                case CANCEL -> cancel(command.user(), current);
            }
            assertRulesHold();
        }

        private void book(UserId user, Optional<Booking> current) {
            Result<Reservation> result = SeatBooking.book(event, user, current, newBookingId(), now);
            if (started()) {
                assertRefused(result, BookingRefusals.ALREADY_STARTED);
            } else if (current.isPresent()) {
                assertRefused(result, BookingRefusals.ALREADY_BOOKED);
            } else if (activeBookings().size() == capacity) {
                assertRefused(result, BookingRefusals.SOLD_OUT);
            } else {
                Booking booking = accepted(result).booking();
                assertThat(booking.user()).isEqualTo(user);
                assertThat(booking.event()).isEqualTo(event.id());
                assertThat(booking.isActive()).isTrue();
                assertThat(booking.createdAt()).isEqualTo(now);
                assertThat(bookings.put(booking.id(), booking)).as("a new booking id").isNull();
                event = result.value().event();
            }
        }

        private void cancel(UserId user, Optional<Booking> current) {
            Result<Reservation> result = SeatBooking.cancel(event, current, now);
            if (current.isEmpty()) {
                assertRefused(result, BookingRefusals.NOT_FOUND);
            } else if (started()) {
                assertRefused(result, BookingRefusals.TOO_LATE_TO_CANCEL);
            } else {
                Booking cancelled = accepted(result).booking();
                assertThat(cancelled.id()).isEqualTo(current.get().id());
                assertThat(cancelled.user()).isEqualTo(user);
                assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
                assertThat(cancelled.cancelledAt()).isEqualTo(now);
                bookings.put(cancelled.id(), cancelled);
                event = result.value().event();
            }
        }

        private void assertRulesHold() {
            List<Booking> active = activeBookings();
            assertThat(active.size()).as("active bookings never exceed the capacity").isLessThanOrEqualTo(capacity);
            assertThat(active).extracting(Booking::user).as("at most one active booking per user")
                    .doesNotHaveDuplicates();
            assertThat(event.seatsBooked()).as("seats booked equal the active bookings").isEqualTo(active.size());
            assertThat(event.seatsFree()).isEqualTo(capacity - active.size());
        }

        private boolean started() {
            return !now.isBefore(startsAt);
        }

        private Optional<Booking> activeBookingOf(UserId user) {
            return activeBookings().stream().filter(booking -> booking.user().equals(user)).findFirst();
        }

        private List<Booking> activeBookings() {
            return bookings.values().stream().filter(Booking::isActive).toList();
        }

        private static Reservation accepted(Result<Reservation> result) {
            assertThat(result.isAccepted()).as("accepted, not %s", result).isTrue();
            return result.value();
        }

        private static void assertRefused(Result<Reservation> result, Rejection expected) {
            assertThat(result.isAccepted()).as("refused with %s", expected.code()).isFalse();
            assertThat(result.rejection().code()).isEqualTo(expected.code());
        }
    }
}
