package io.eventboard.domain.booking;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static io.eventboard.domain.testdata.TestTime.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.domain.event.Event;
import io.eventboard.domain.user.UserId;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SeatBookingTest {

    private final UserId alice = new UserId(UUID.randomUUID());

    @Test
    void anEventWithoutSeatsIsSoldOutAtOnce() {
        Event event = anEvent().startingIn(hours(2)).withCapacity(0).build();

        assertThat(SeatBooking.book(event, alice, Optional.empty(), newId(), NOW).rejection())
                .isEqualTo(BookingRefusals.SOLD_OUT);
    }

    @Test
    void theLastFreeSeatCanBeTakenAndThenTheEventIsSoldOut() {
        Event event = anEvent().startingIn(hours(2)).withCapacity(3).withSeatsBooked(2).build();

        Event full = SeatBooking.book(event, alice, Optional.empty(), newId(), NOW).value().event();

        assertThat(full.seatsFree()).isZero();
        assertThat(SeatBooking.book(full, new UserId(UUID.randomUUID()), Optional.empty(), newId(), NOW).rejection())
                .isEqualTo(BookingRefusals.SOLD_OUT);
    }

    @Test
    void bookingIsRefusedAtTheVeryInstantTheEventStarts() {
        Event event = anEvent().startingIn(Duration.ZERO).withCapacity(3).build();

        assertThat(SeatBooking.book(event, alice, Optional.empty(), newId(), NOW).rejection())
                .isEqualTo(BookingRefusals.ALREADY_STARTED);
        assertThat(BookingRefusals.ALREADY_STARTED.code()).isEqualTo("booking.event-started");
    }

    @Test
    void bookingOneNanosecondBeforeTheStartIsAccepted() {
        Event event = anEvent().startingIn(Duration.ofNanos(1)).withCapacity(3).build();

        assertThat(SeatBooking.book(event, alice, Optional.empty(), newId(), NOW).isAccepted()).isTrue();
    }

    @Test
    void aBookingCannotBeCancelledAtTheStart() {
        Event event = anEvent().startingIn(hours(1)).withCapacity(3).build();
        var reservation = SeatBooking.book(event, alice, Optional.empty(), newId(), NOW).value();

        var atStart = SeatBooking.cancel(reservation.event(), Optional.of(reservation.booking()), NOW.plus(hours(1)));

        assertThat(atStart.rejection()).isEqualTo(BookingRefusals.TOO_LATE_TO_CANCEL);
        assertThat(atStart.rejection().code()).isEqualTo("booking.cancel-too-late");
    }

    @Test
    void cancellingFreesTheSeatAndKeepsTheBookingAsACancelledRecord() {
        Event event = anEvent().startingIn(hours(2)).withCapacity(1).build();
        var booked = SeatBooking.book(event, alice, Optional.empty(), newId(), NOW).value();

        var cancelled = SeatBooking.cancel(booked.event(), Optional.of(booked.booking()), NOW.plusSeconds(60)).value();

        assertThat(cancelled.event().seatsFree()).isEqualTo(1);
        assertThat(cancelled.booking().isActive()).isFalse();
        assertThat(cancelled.booking().createdAt()).isEqualTo(NOW);
        assertThat(cancelled.booking().cancelledAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(cancelled.event().updatedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void cancellingWithoutABookingIsRefusedAsNotFound() {
        Event event = anEvent().startingIn(hours(2)).build();

        assertThat(SeatBooking.cancel(event, Optional.empty(), NOW).rejection()).isEqualTo(BookingRefusals.NOT_FOUND);
    }

    private static BookingId newId() {
        return new BookingId(UUID.randomUUID());
    }
}
