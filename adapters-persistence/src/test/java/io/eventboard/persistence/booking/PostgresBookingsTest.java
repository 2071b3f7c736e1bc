package io.eventboard.persistence.booking;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.booking.BookingId;
import io.eventboard.domain.booking.BookingStatus;
import io.eventboard.domain.booking.Bookings;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresBookingsTest extends DatabaseTest {

    private static final Instant NOW = TestTime.NOW;

    @Inject
    Bookings bookings;
    @Inject
    Given given;

    @Test
    void anActiveBookingIsFoundByEventAndUser() {
        Event event = given.event(anEvent());
        UserId bob = given.user("bob");
        Booking booking = Booking.active(newId(), event.id(), bob, NOW);

        bookings.add(booking);

        assertThat(bookings.findActive(event.id(), bob)).contains(booking);
        assertThat(bookings.findActive(event.id(), given.user("carol"))).isEmpty();
    }

    @Test
    void aCancelledBookingIsKeptButNoLongerActive() {
        Event event = given.event(anEvent());
        UserId bob = given.user("bob");
        Booking booking = Booking.active(newId(), event.id(), bob, NOW.minus(minutes(10)));
        bookings.add(booking);

        Booking cancelled = cancelled(booking);
        bookings.update(cancelled);

        assertThat(bookings.findActive(event.id(), bob)).isEmpty();
        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        Booking again = Booking.active(newId(), event.id(), bob, NOW);
        bookings.add(again);
        assertThat(bookings.findActive(event.id(), bob)).as("booking again after cancelling").contains(again);
    }

    @Test
    void activeAttendeesAreTheHoldersOfActiveBookingsInBookingOrder() {
        Event event = given.event(anEvent());
        UserId first = given.user("first");
        UserId second = given.user("second");
        UserId gone = given.user("gone");
        bookings.add(Booking.active(newId(), event.id(), second, NOW.minus(minutes(1))));
        bookings.add(Booking.active(newId(), event.id(), first, NOW.minus(minutes(2))));
        Booking cancelled = Booking.active(newId(), event.id(), gone, NOW.minus(minutes(3)));
        bookings.add(cancelled);
        bookings.update(cancelled(cancelled));

        assertThat(bookings.activeAttendees(event.id())).containsExactly(first, second);
        assertThat(bookings.activeAttendees(given.event(anEvent()).id())).isEmpty();
    }

    @Test
    void theStoreRefusesASecondActiveBookingEvenWithoutTheDomainCheck() {
        Event event = given.event(anEvent());
        UserId bob = given.user("bob");
        bookings.add(Booking.active(newId(), event.id(), bob, NOW));

        assertThatThrownBy(() -> bookings.add(Booking.active(newId(), event.id(), bob, NOW)))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("bookings_one_active_per_user")
                .cause().isInstanceOf(SQLException.class);
    }

    private static Booking cancelled(Booking booking) {
        return new Booking(booking.id(), booking.event(), booking.user(), BookingStatus.CANCELLED,
                booking.createdAt(), NOW);
    }

    private static BookingId newId() {
        return new BookingId(UUID.randomUUID());
    }
}
